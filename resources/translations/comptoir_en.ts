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
    <message>
        <source>Touch to start shopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator settings (hold for 3 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficeAuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who (email or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What (e.g. product.update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficeCatalogPage</name>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, brand, reference or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackOfficeCharts</name>
    <message>
        <source>Sales per hour: today and the same day last week (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per hour: this server does not report hours yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same day last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per day, last 30 days (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment mix, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment mix: this server does not report it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products, last 30 days (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficeClosuresPage</name>
    <message>
        <source>Every store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closures and journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ The journal holds: %n entries checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✗ The journal was altered: entry %1 does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the period (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is closed; its totals are in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives go into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficeDashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales today, net of refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion (kiosk and web, every store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carts abandoned (kiosk and web, every store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts need Qt Charts (the qml6-module-qtcharts package) on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per day (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficePeoplePage</name>
    <message>
        <source>Every store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are created and changed by an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and signed out everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password (10 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of %1 is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosks and tills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is revoked: it is disconnected and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk by the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only this once: the server keeps no copy it could show again. A lost token means enrolling the device again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, hide the token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficeProductForm</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two versions of this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: no longer sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (20 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced (5.5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero (0 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants: reference, price, barcode (EAN-13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference of variant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of variant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode (13 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode of variant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file (JPEG, PNG or WebP, up to 2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/home/…/photo.jpg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficePromotionsPage</name>
    <message>
        <source>%1 % off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 is disabled: it no longer applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD, empty: no end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use limit (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum basket (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use limit (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficeRefusal</name>
    <message>
        <source>This server does not offer this yet. Update the server, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this any more. Refresh, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know %1 any more. Refresh, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile. Look at their version before saving yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused what was entered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <source>Type the number on the front of your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card number has only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card number has 12 to 19 digits; check it on your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card number is not right: a digit may be wrong or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the expiry date printed on your card, as MM/YY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the expiry date as month/year, for example 08/29.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is past: the card has expired. Use another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 3 digits on the back of your card (4 on the front for some cards).</source>
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
    <message>
        <source>See %1</source>
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
    <name>ConsoleRefusal</name>
    <message>
        <source>This needs the server, which cannot be reached right now. Try again once the link is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network, then try again: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has ended. Sign in again, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not do this here: it is for another store or needs a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this any more. Refresh, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this meanwhile. Look at it again before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused what was entered. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts at once. Wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot do this right now. Try again in a moment: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this. Check what you entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountBadge</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawerPage</name>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console is not a till: only a till set up by a manager has a cash drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is closed. Count the float, then open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open since %1, an earlier day: count the cash and close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open since %1 with a float of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 150</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the safe, change from the bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report shows here: X report while the drawer is open, Z report when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n payment(s))</source>
        <translation>
            <numerusform>%1 (%n payment)</numerusform>
            <numerusform>%1 (%n payments)</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refunds (%n)</source>
        <translation>
            <numerusform>Refunds (%n)</numerusform>
            <numerusform>Refunds (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT by rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: net %2, VAT %3</source>
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
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: keep it to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the line breaks and control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the hidden characters that turn the text around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the invisible formatting characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A French postal code is exactly 5 digits, for example 75011.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a postal code of this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the country as its two-letter code, for example FR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number: digits, spaces and + ( ) - . only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose French or English.</source>
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
    <message numerus="yes">
        <source>%1, %n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>I am still here</source>
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
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
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
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Past the pickup window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Waiting for the connection to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid, being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid, being packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to collect in store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped, on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickListPanel</name>
    <message>
        <source>Choose an order to see its pick list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not collected within the pickup window: call the customer, or cancel the order to put the items back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid a while ago and still not prepared: the customer may be on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To hand it over, scan the QR code of the customer&apos;s receipt or type the order&apos;s number above.</source>
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
    <message>
        <source>%1, %2</source>
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
    <name>QueuePage</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over: scan the receipt or type its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
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
        <source>Nothing to prepare. New orders appear here by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its items go back on the shelf and the customer is refunded. Why is it cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item is missing or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not collected in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the order</source>
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
    <message>
        <source>TRAINING: NOT A SALE</source>
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
    <name>ReportCsv</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetLink</name>
    <message>
        <source>Paste the link or the code from the mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a password reset link from Comptoir: it is far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a password reset link from Comptoir. Copy the whole link from the mail, starting with comptoir://reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reset link is damaged: its code is missing or cut. Copy the whole link from the mail, or ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnSlipDocument</name>
    <message>
        <source>Return slip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on sale in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: not put back on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Including VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this slip with your receipt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s QR code or type the sale&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code on the customer&apos;s receipt: a sale of any store or of the web shop can come back here. A sale of this store can also be found by its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought at %1 · paid %2 · refunded so far %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · sold %2 · returned %3 · %4 can come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: not back on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the original payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash from the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is not open: open it (F4) to refund in cash, or to refund a sale paid in cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it comes back (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) coming back, about</source>
        <translation>
            <numerusform>%n item coming back, about</numerusform>
            <numerusform>%n items coming back, about</numerusform>
        </translation>
    </message>
    <message>
        <source>Take back and refund (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded for sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods are back on sale here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods were not put back on sale.</source>
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
        <source>Print the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanTallyView</name>
    <message>
        <source>Scan each item on the shelf (or type its barcode or SKU, then Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan each item of the delivery (or type its barcode or SKU, then Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan what is on the shelf. The console compares it with the stock and corrects it once you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the items of the delivery as you unpack them. Each scan adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) scanned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Receive %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the stock to what was counted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): matches, nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search a product, a brand, a barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
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
    <name>ShopAccountPage</name>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app and of our mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved address yet: add one to be delivered at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (Home, Work…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building, floor (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (two letters, e.g. FR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone for the delivery (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password (10 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopCartPage</name>
    <message>
        <source>Your cart (1 item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cart (%1 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue shopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BIENVENUE10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to order: your cart stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line is no longer sold: remove it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopCategoryPage</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Results for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type two letters or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %L1 products: type a little more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price, lowest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price, highest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches all these filters. Untick one to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product matches. Try another word, or a brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopCheckoutPage</name>
    <message>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How would you like to get your order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect in a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store has everything in your cart right now. Choose delivery, or change your cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is available: ready in about two hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no saved address yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, second line (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (FR, BE…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name this address (optional, e.g. Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry (MM/YY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card number goes straight to the payment service; this computer keeps none of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the cart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopConfirmationPage</name>
    <message>
        <source>Thank you, your order is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will let you know when it ships. A confirmation is on its way to your mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will let you know when it is ready to collect. A confirmation is on its way to your mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue shopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this code at the counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopHomePage</name>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the catalog ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Featured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopOfflineBanner</name>
    <message>
        <source>You are offline: browsing what is saved on this computer; ordering waits for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopOrderPage</name>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is not on this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
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
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Including VAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order again: put these products in the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup code for order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this at the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or give the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopOrdersPage</name>
    <message>
        <source>My orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no orders yet. What you buy in the shop, at a kiosk or in a store with your account shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopProductPage</name>
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
        <source>Pick up today in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock per store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (my store): %2 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no store today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product is no longer sold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopResetPage</name>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once it is changed, you are signed out on every device, this one too, and sign in again with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link or code from the mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password (10 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
    <message>
        <source>Which shop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your shop&apos;s server once. You can then browse and fill a cart without an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse this shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address of your account: we send it a link to choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send me a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link or code from the mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopStorePicker</name>
    <message>
        <source>My store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopTopBar</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a product, a brand, a barcode (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in or create an account</source>
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
    <message>
        <source>Normal text size and contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text and higher contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Orders, %n update(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order update(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
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
    <name>ShopWishlistPage</name>
    <message>
        <source>My wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Click the heart on a product to keep it for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to keep products for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See %1</source>
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
    <name>StaffDiscounts</name>
    <message>
        <source>Type a whole percentage from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount, such as 2,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale discount %1% (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale discount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Comptoir staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 for every store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as staff at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash drawer opened on %1 was never closed. Count it and close it before selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealt with: remove this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closures and journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
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
    <message>
        <source>To the safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk by the door</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockLevelsView</name>
    <message>
        <source>Search a name, a SKU, or scan a barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock (≤ %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing runs low here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1: search to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand %1 · reserved %2 · available %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged or stolen: take out of the stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to another store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No move yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running low: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show low stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillApprovalDialog</name>
    <message>
        <source>A manager approves this discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount above 20 % needs a manager. They type their email and PIN here: the PIN goes to the server with this sale only and is kept nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillDiscountDialog</name>
    <message>
        <source>Discount on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount off each item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage, for example 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, for example 2,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, for example a loyal customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above 20 %, a manager approves the discount with their PIN before payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the discount</source>
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
    <message>
        <source>Sale discount ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale discount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount above 20 %: a manager approves it with their PIN at payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s email (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s email: the sale is filed under their account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the sale goes through, and is filed under this email once the server has it, if an account has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: sales are not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING: these sales are not recorded. No money, stock or journal entry moves.</source>
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
    <message>
        <source>Open the cash drawer before taking cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the discount and sell without it</source>
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
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING: NOT A SALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a numbered duplicate of this receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillSaleLine</name>
    <message>
        <source>Change the discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on %1</source>
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
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text size and contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text and higher contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WishlistHeart</name>
    <message>
        <source>Remove from wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to wishlist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZReportDocument</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay-out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted</source>
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
        <source>Short by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference</source>
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
    <name>comptoir::app::AccountCart</name>
    <message>
        <source>Your cart could not be saved to your account: a product in it is no longer sold. Remove it, and the cart is saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cart could not be saved to your account. It stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::AccountProfile</name>
    <message>
        <source>The server refused this. Check what you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need a change: see below each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop cannot be reached right now: nothing was changed. Try again when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has ended: sign in again to change your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address was already removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation type="unfinished">
            <numerusform>Choose a password of at least %n character.</numerusform>
            <numerusform>Choose a password of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is changed. Your other devices are signed out; this one stays signed in.</source>
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
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount on %1 is more than its price now: change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale discount is more than the sale now: change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is no longer in the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount cannot be more than the item&apos;s price, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring up the items before discounting the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the sale is discounted: the reason goes on the sale&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the reason under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount cannot be more than the sale, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::CartQuote</name>
    <message>
        <source>This code is not known. Check its spelling.</source>
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
        <source>This code applies from a higher amount of purchases (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code cannot be used on this cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop cannot reach the server right now: the totals are those of this computer, and ordering waits until you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot price this cart as it is: an item may have been withdrawn. Check your cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not answering right now: the totals are those of this computer. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only %2 left, %3 in your cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::CashDrawer</name>
    <message>
        <source>This console is not a till: only a till set up by a manager has a cash drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is already open since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till&apos;s drawer is already open: close it before opening it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is open with a float of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cash drawer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the cash goes in or out (up to %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This drawer was closed meanwhile: open it again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put into the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken out of the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This drawer is already closed: its Z report is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is not open: there is nothing to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This drawer was already closed, maybe on another till: its Z report was made then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is closed. The count differs from what was expected by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is closed and the count matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer needs the network for this, which is down. Cash sales still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this drawer. Refresh, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this amount or reason. Check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: type an amount, for example 150 or 150,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount: type it in euros, for example 150 or 150,50.</source>
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
    <message>
        <source>Your bank refused the payment (insufficient funds). Your order is kept: try another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bank says this card has expired. Your order is kept: check the expiry date or try another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bank declined this card. Your order is kept: try another card, or call your bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order cannot be saved on this computer right now. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering needs the network, which is down at the moment. Your cart is kept: try again once you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order could not be placed. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card number, expiry date or security code is not right. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not reach the bank. Your order is kept: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was refused. Your order is kept: try another card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::CheckoutAddresses</name>
    <message>
        <source>Please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This postal code does not exist in this country (in France: 5 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the country as its two-letter code, for example FR or BE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text cannot be used here: keep to letters, digits and punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields of this address need fixing (see below each one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address could not be saved: the server is not answering. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address could not be saved. Check it and try again.</source>
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
    <message>
        <source>Enter the email address of your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an account uses this address, a mail with a link to choose a new password is on its way. It is valid for one hour. Open the link, or paste it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reset link was already used, has expired or is not one of ours. Ask for a new one with &quot;Forgot your password?&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed, and you are signed out on every device. Sign in with your new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::DeviceEnrolment</name>
    <message>
        <source>Give the device a name people will recognise, such as “Till 2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store the device stands in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled. Type or scan its token on the device now: it is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::FacetModel</name>
    <message>
        <source>Under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock at my store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::JournalArchive</name>
    <message>
        <source>this closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is saved as %1, with its signature beside it.</source>
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
    <name>comptoir::app::LowStockWatch</name>
    <message numerus="yes">
        <source>%1 (%2): %n left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::app::MovementLedgerModel</name>
    <message>
        <source>Sent to another store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from another store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved for an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released by an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::OrderDesk</name>
    <message>
        <source>Order %1 is ready: the customer is told they can collect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is no longer waiting to be prepared: someone may have done it already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code of the customer&apos;s receipt, or type the order&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order of this store has the number %1. Check the number on the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not ready yet: prepare it and mark it ready first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was already collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was cancelled: do not hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not paid: it cannot be handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 handed over. Thank the customer!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot be handed over in its present state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is cancelled: its items go back on the shelf and its payment is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 can no longer be cancelled: it was collected or cancelled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not one of this store&apos;s orders: it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment processor did not refund order %1, so it is not cancelled. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::OrderNotices</name>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::OrderQueueModel</name>
    <message>
        <source>Counter sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk, pick up here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter, pick up later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &amp; collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not shelved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::PickupStores</name>
    <message>
        <source>%1 (only %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing here: %1</source>
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
    <name>comptoir::app::ProductEditor</name>
    <message>
        <source>Give the product a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product needs at least one variant to sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this variant a reference (SKU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a price, such as 12,50, above zero and under one million.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This barcode&apos;s last digit does not match: check it was typed right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A barcode here is an EAN-13: thirteen digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need a look before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this product while you were editing it. Compare both versions and choose which one to keep: nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version is kept; yours was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is archived: it is no longer sold; past orders keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is larger than 2 MB: make it smaller first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a JPEG, PNG or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode of %1</source>
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
    <name>comptoir::app::RefusedSales</name>
    <message>
        <source>its promotion code had been used up or had ended meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s email was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item or a price in it is no longer sold as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person who rang it up may no longer sell at this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it conflicted with what the server had recorded meanwhile (a drawer closed, an order changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sale is not on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale %1 of %2, made while offline, was refused by the server: %3. The customer has paid: a manager must record it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment of sale %1 of %2 was refused by the server: %3. The customer has paid: a manager must record the payment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::ReturnDesk</name>
    <message>
        <source>Returns need the server, which cannot be reached right now: it decides the refund and the stock. Try again once the link is back; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the web shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 was never paid: there is nothing to take back or refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 was cancelled and refunded: nothing of it can come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods of order %1 were not handed over yet: cancel the order from the queue instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything of sale %1 came back already: nothing is left to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an item&apos;s barcode. Scan the QR code of the receipt first to find the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not on sale %1: it cannot come back against this receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code of the receipt, or type the sale&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale of this store has the number %1. Check the number on the receipt; a sale of another store or of the web shop is found by scanning its receipt&apos;s QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale has this receipt code. Check that the receipt is one of ours, or type its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know sale %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more of “%1” can come back: %2 sold, %3 returned already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of “%2” can come back: %3 sold, %4 returned already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the sale first: scan the QR code of its receipt or type its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what comes back: set the quantity of each line returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long: say it in %1 characters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has no cash drawer: refund to the original payment, or take the return at a till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this till&apos;s cash drawer first (F4): a cash refund comes out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s processor refused the refund: nothing was taken back. Refund in cash from the drawer instead, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the return. Take it back again: the same return is never refunded twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale was paid in cash, at least in part: its refund comes out of this till&apos;s drawer, which is not open. Open the drawer (F4), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale was paid in cash, at least in part: its refund comes out of a till&apos;s drawer. Take the return at a till with its drawer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less of this sale remains than was chosen: some of it came back meanwhile, maybe at another till. It is shown again as it is now: choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To put the goods back on sale, take the return at a till of a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale cannot be returned in its present state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till&apos;s drawer was closed meanwhile: open it again (F4), or refund to the original payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer knows this sale. Find it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of sale %1 taken back; %2 refunded.</source>
        <translation>
            <numerusform>%n item of sale %1 taken back; %2 refunded.</numerusform>
            <numerusform>%n items of sale %1 taken back; %2 refunded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the return slip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::SalesDashboard</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::ScanTally</name>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: apply again (it will not count twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is not in the catalog: nothing was added. Scan it again or type its SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being sent as it is: apply the tally first, then scan more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scanned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be applied: see why on each line.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery received: %n item(s) added to the stock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Count applied: the stock now says what is on the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock cannot go below zero: count the shelf instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this quantity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::ShopCheckout</name>
    <message>
        <source>Choose a store to collect from, or an address to deliver to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some items ran out before your order was placed: %1. Change your cart or choose another store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Remove the code in your cart to order without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not answering. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store no longer has everything: %1. Choose another store or change your cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some items cannot be delivered in this quantity: %1. Change your cart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::app::ShopOrder</name>
    <message>
        <source>Placed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &amp; collect at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken away at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n product(s) of this order are in your cart again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None of these products is sold any more: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) are in your cart again. No longer sold: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The shop cannot reach the server right now: try again once you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order is cancelled. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order can no longer be cancelled: it is already paid. Contact the store to return it.</source>
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
    <name>comptoir::app::StockDesk</name>
    <message>
        <source>Enter how many items leave the stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the items were damaged or stolen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged item(s) of %1 taken out of the stock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stolen item(s) of %1 taken out of the stock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are fewer than %n item(s) of %1 on hand: count the shelf instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter how many items to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store the items go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 sent to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n item(s) of %1 are available to send (some may be reserved for orders).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not confirm it. Send it again: it will not be counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this item or this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this quantity.</source>
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
    <message>
        <source>Open the cash drawer before taking cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount above 20 % needs a manager&apos;s approval, which only the server can check, and the server cannot be reached. Remove the discount to sell offline, or wait for the link and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This approval was refused: the email or the PIN is wrong, this person is not a manager, or their PIN is locked. The sale is kept: try again, or change the discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the manager&apos;s email and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not answering, so the customer&apos;s account cannot be checked. Take the cash again in a moment, or go back and clear the email to sell without a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address. Correct it, or clear it to sell without a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer account has the email %1. Correct it, or clear it to sell without a customer. Nothing was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or cancel this sale before switching training mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duplicate needs the network, which is down: it is recorded on the server. Try again when the link is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale has not reached the server yet: a duplicate can be made once it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duplicate could not be recorded. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate n°%1 recorded: print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
