// hubls-run: export LC_ALL=C; g++ {file} -o app 2>&1 | grep -F 'undefined reference'
struct Shape {
    virtual ~Shape();
    virtual double area() const;
};

struct Circle : Shape {
    double r = 1;
    double area() const override;
};

int main() {
    Circle c;
    Shape s;
    return static_cast<int>(c.r);
}
