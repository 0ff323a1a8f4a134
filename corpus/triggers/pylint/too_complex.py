# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=too-many-branches,too-many-locals,too-many-statements --max-branches=3 --max-locals=4 --max-statements=8 {file}
# hubls-tool: pylint
# The limits are lowered on the command line so the trigger stays small; the defaults are
# max-branches=12, max-locals=15, max-statements=50.


def price(order, user, coupon, region):
    base = order.total
    tax = 0.2
    discount = 0
    shipping = 5
    if user.is_vip:
        discount = 10
    elif coupon:
        discount = coupon.value
    if region == "EU":
        tax = 0.21
    elif region == "US":
        tax = 0.07
    if base > 100:
        shipping = 0
    return base + base * tax - discount + shipping
