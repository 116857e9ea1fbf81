<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountBar</name>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttractPage</name>
    <message>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a product, see where it is in stock, and pay here or at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the catalog ready…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTerminalPanel</name>
    <message>
        <source>Tap or insert card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated terminal: choose a test card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa ···· 4242</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined ···· 0002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funds ···· 9995</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartLine</name>
    <message>
        <source>Only %1 in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in stock in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this line to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartPage</name>
    <message>
        <source>Your cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay here by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up in another store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is down: card payment is not possible right now, but you can pay at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay here now, collect in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartTotals</name>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Including VAT: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutPage</name>
    <message>
        <source>Preparing your order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 on the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to your bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order could not be placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To collect at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay at the counter instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please ask a member of staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectivityBadge</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · %1 to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What are you looking for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the catalog ready…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this kiosk starts again in %n second(s) and empties the cart.</source>
        <translation>
            <numerusform>For your privacy, this kiosk starts again in %n second and empties the cart.</numerusform>
            <numerusform>For your privacy, this kiosk starts again in %n seconds and empties the cart.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Comptoir kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Operator menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up again (forget this server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductListPage</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here is in stock in this store. Try without the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product matches. Try another word, or a brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type two letters or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %L1 results: type a little more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>At %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product is no longer sold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductTile</name>
    <message>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuantityStepper</name>
    <message>
        <source>Fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Including VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made offline: the order number follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this receipt: its code finds your purchase for a return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order is ready to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the counter and show this code: you pay there and leave with your items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid. Your items will wait for you at %1; we will let you know when they are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid. Show this code at the counter to collect your items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s system will number your order as soon as it is reachable; this code works at the counter meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search a product, a brand, a barcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For store staff. Register the kiosk on the server (POST /api/v1/devices, by a manager), then enter its address and the device token here. You will not be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator PIN (4 to 12 digits), to open the operator menu later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopHomePage</name>
    <message>
        <source>Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is here: the shop opens soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the catalog ready…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopSignInPage</name>
    <message>
        <source>I have an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am new here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (10 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopWindow</name>
    <message>
        <source>Comptoir — shop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Comptoir staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffLockScreen</name>
    <message>
        <source>Sign %1 out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPinPad</name>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPinSignInPage</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is at the till?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN for next time (4 to 8 digits, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with my PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time? Use your password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRegisterSetupPage</name>
    <message>
        <source>Set up this console as a till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager signs in once; staff then sign in here with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the till</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>Comptoir — staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this console as a till (manager)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillPage</name>
    <message>
        <source>New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sale: %n item(s)</source>
        <translation>
            <numerusform>Sale: %n item</numerusform>
            <numerusform>Sale: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an item, or search for it on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a product, a brand, a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type two letters or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillPaymentPanel</name>
    <message>
        <source>‹ Back to the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact amount: no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to give: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough for the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card on the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split: part in cash, the rest by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash + card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the sale to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal is waiting for the card…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillReceiptPanel</name>
    <message>
        <source>Change to give: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made offline: the sale reaches the server when the link is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1: %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillSearchResult</name>
    <message>
        <source>%1 · %2 in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not in stock here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillVariantPicker</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::AccountAccess</name>
    <message>
        <source>Enter the server address, for example https://shop.example.fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address and password do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Comptoir server answers at this address. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot answer right now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request. Check what you entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::Cart</name>
    <message>
        <source>No longer sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not valid today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has been used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code applies from %1 of purchases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::Checkout</name>
    <message>
        <source>Your bank refused the payment. Try another card or pay at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has expired. Try another card or pay at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was declined. Try another card or pay at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s system is not answering. Please pay at the counter, or try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk cannot save your order right now. Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment needs the network, which is down at the moment. You can pay at the counter instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some items are no longer available in this quantity. Please check your cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cart has changed since it was filled (a price, a code or an item). Please check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order could not be placed. Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card cannot be read. Try another card or pay at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal could not reach the bank. Try again, or pay at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was refused. Try another card or pay at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the store&apos;s system (the order is saved here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid, being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the store&apos;s system: please ask a member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not confirm your payment. Please ask a member of staff before paying again: you will not be charged twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering needs the network, which is down at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::CustomerAccess</name>
    <message>
        <source>This is a staff account. Sign in with your customer account, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name and your email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Choose a password of at least %n character.</numerusform>
            <numerusform>Choose a password of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>An account already uses this email address. Sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name cannot be used: keep to letters, numbers and punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::KioskAccess</name>
    <message>
        <source>Enter the server address, for example http://192.168.1.10:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the device token given when this kiosk was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an operator PIN of 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Comptoir server answers at this address. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this device token. Check it, or register the kiosk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the setup (%1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token belongs to a person, not to a kiosk. Register the kiosk to get its own token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::ProductDetail</name>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT included (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in stock in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: ships in 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::ProductListModel</name>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::StaffAccess</name>
    <message>
        <source>This is a customer account. The staff console is for the store&apos;s staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot sign in to the staff console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager enters their email address and password to set up this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store and give this till a name (for example &quot;Till 1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address and password do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can set up a till. Ask a manager to sign in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this store or this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console cannot keep its till credential. Check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console is not set up as a till: sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are, then type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN does not match. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs: PIN sign-in is locked for you. Sign in with your password to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You work in another store: this till is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not take PINs yet. Sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN is set: next time, sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN cannot be used. Choose 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not take PINs yet: keep signing in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::TillSale</name>
    <message>
        <source>The server is not answering, so the card cannot be charged. Take cash, or try the card again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the payment before scanning the next item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown barcode %1: nothing was added. Check the label, or find the item by searching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till cannot save the sale right now. Try again; if it persists, restart the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash received is less than the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till cannot save the payment right now. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal needs the network, which is down. Take cash: it works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash part must be more than nothing and less than the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash received is less than the cash part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store does not have enough of some items. Check the quantities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price, a code or an item changed since it was scanned. Check the sale and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sale. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was declined. Try another card, or take cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment could not be confirmed. Check the terminal&apos;s slip before charging again: the card may have been charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was refused. Try the card again, or take cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
