// hubls-run: javac {file}
public class OrderService {
    public static void main(String[] args) { }
}

public class Invoice {
}
