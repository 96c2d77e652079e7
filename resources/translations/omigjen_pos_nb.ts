<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>App</name>
    <message>
        <location filename="../../omigjen_pos/app.py" line="88"/>
        <location filename="../../omigjen_pos/app.py" line="103"/>
        <source>Omigjen POS</source>
        <translation>Omigjen POS</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/app.py" line="98"/>
        <source>This database has no centre yet. Run &apos;omigjen-pos demo&apos; to try the demo centre.</source>
        <translation>Denne databasen har ikke noe senter ennå. Kjør «omigjen-pos demo» for å prøve demosenteret.</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/basket_model.py" line="18"/>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/basket_model.py" line="18"/>
        <source>Qty</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/basket_model.py" line="18"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/basket_model.py" line="18"/>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/basket_model.py" line="58"/>
        <source>{price} (marked down)</source>
        <translation>{price} (nedsatt)</translation>
    </message>
</context>
<context>
    <name>CheckoutScreen</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="68"/>
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="71"/>
        <source>Scan or type a barcode</source>
        <translation>Skann eller skriv en strekkode</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="72"/>
        <source>Scan or type a barcode, then Enter</source>
        <translation>Skann eller skriv strekkode, så Enter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="76"/>
        <source>Last scanned item</source>
        <translation>Sist skannede vare</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="80"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="84"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="85"/>
        <source>TRAINING MODE: not real sales</source>
        <translation>TRENINGSMODUS: ikke ekte salg</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="87"/>
        <source>Training mode</source>
        <translation>Treningsmodus</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="95"/>
        <source>Basket</source>
        <translation>Handlekurv</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="103"/>
        <source>Pay (F12)</source>
        <translation>Betal (F12)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="105"/>
        <source>Remove line (F4)</source>
        <translation>Fjern linje (F4)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="106"/>
        <source>Cancel sale (F9)</source>
        <translation>Avbryt salg (F9)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="107"/>
        <source>Park (F6)</source>
        <translation>Parker (F6)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="108"/>
        <source>Parked sales (F7)</source>
        <translation>Parkerte salg (F7)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="134"/>
        <source>Opening float {amount} recorded.</source>
        <translation>Vekselkasse {amount} registrert.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="144"/>
        <source>An unfinished sale from before was restored: finish it, or cancel it with F9.</source>
        <translation>Et uavsluttet salg fra tidligere er hentet fram: fullfør det, eller avbryt med F9.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="231"/>
        <source>The item is already sold on receipt {number}, {when}. Put it aside and call a manager.</source>
        <translation>Varen er allerede solgt på kvittering {number}, {when}. Legg den til side og tilkall en leder.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="236"/>
        <source>The item is in an open sale on till {till}. Finish or cancel that sale first.</source>
        <translation>Varen ligger i et åpent salg på kasse {till}. Fullfør eller avbryt det salget først.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="240"/>
        <source>The item belongs to another shop ({shop}). It must be paid there.</source>
        <translation>Varen tilhører en annen butikk ({shop}). Den må betales der.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="243"/>
        <source>The item is already in this sale.</source>
        <translation>Varen er allerede i dette salget.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="245"/>
        <source>No more of this article in stock. Check the count.</source>
        <translation>Ikke flere av denne varen på lager. Sjekk antallet.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="247"/>
        <source>Unknown barcode {code}. Check the number or register the item.</source>
        <translation>Ukjent strekkode {code}. Sjekk nummeret eller registrer varen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="250"/>
        <source>The item cannot be sold ({state}). Call a manager.</source>
        <translation>Varen kan ikke selges ({state}). Tilkall en leder.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="258"/>
        <source>Total {amount}</source>
        <translation>Totalt {amount}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="286"/>
        <source>Cancel sale</source>
        <translation>Avbryt salg</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="286"/>
        <source>Cancel this sale and put the items back?</source>
        <translation>Avbryte dette salget og legge varene tilbake?</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="297"/>
        <source>Sale cancelled.</source>
        <translation>Salget er avbrutt.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="307"/>
        <source>Sale parked (F7 to take it up).</source>
        <translation>Salget er parkert (F7 for å hente det).</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="319"/>
        <source>No parked sales in this shop.</source>
        <translation>Ingen parkerte salg i denne butikken.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="322"/>
        <source>{till} · {cashier} · {lines} lines · {time}</source>
        <translation>{till} · {cashier} · {lines} linjer · {time}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="331"/>
        <source>Parked sales</source>
        <translation>Parkerte salg</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="331"/>
        <source>Take up which sale?</source>
        <translation>Hvilket salg vil du hente?</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="346"/>
        <source>Only a manager can switch training mode.</source>
        <translation>Bare en leder kan slå treningsmodus av og på.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="349"/>
        <source>Finish or park this sale before switching.</source>
        <translation>Fullfør eller parker dette salget før du bytter.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="390"/>
        <source>Receipt {number}: {total}. Change {change}.</source>
        <translation>Kvittering {number}: {total}. Veksel {change}.</translation>
    </message>
</context>
<context>
    <name>InventoryScreen</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="44"/>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="49"/>
        <source>Inventory</source>
        <translation>Varelager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="50"/>
        <source>Register</source>
        <translation>Registrer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="51"/>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="53"/>
        <source>Label printer</source>
        <translation>Etikettskriver</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="54"/>
        <source>Choose label printer…</source>
        <translation>Velg etikettskriver …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="58"/>
        <source>Label message</source>
        <translation>Etikettmelding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="72"/>
        <source>Label printer: none chosen, labels are saved as PDF in {folder}</source>
        <translation>Etikettskriver: ingen valgt, etiketter lagres som PDF i {folder}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="76"/>
        <source>Label printer: {name}</source>
        <translation>Etikettskriver: {name}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="109"/>
        <source>Label for {barcode} printed.</source>
        <translation>Etikett for {barcode} skrevet ut.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="115"/>
        <source>Label for {barcode} saved to {path}</source>
        <translation>Etikett for {barcode} lagret i {path}</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="41"/>
        <source>Barcode</source>
        <translation>Strekkode</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="42"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="43"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="44"/>
        <source>Condition</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="45"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="47"/>
        <source>Intake</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="48"/>
        <source>Shelf</source>
        <translation>Hylle</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="49"/>
        <source>Shop</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="127"/>
        <source>{now} (was {was})</source>
        <translation>{now} (før {was})</translation>
    </message>
</context>
<context>
    <name>ItemTexts</name>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="14"/>
        <source>As new</source>
        <translation>Som ny</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="15"/>
        <source>Good</source>
        <translation>Pent brukt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="16"/>
        <source>Fair</source>
        <translation>Brukt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="17"/>
        <source>For parts</source>
        <translation>For deler</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="23"/>
        <source>Donation</source>
        <translation>Gave</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="24"/>
        <source>Bought from a private person</source>
        <translation>Kjøpt fra privatperson</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="25"/>
        <source>Repaired in-house</source>
        <translation>Reparert her</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="26"/>
        <source>Consignment</source>
        <translation>Kommisjon</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="27"/>
        <source>New goods</source>
        <translation>Nye varer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="33"/>
        <source>Registered</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="34"/>
        <source>In stock</source>
        <translation>På lager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="35"/>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="36"/>
        <source>Returned</source>
        <translation>Returnert</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="37"/>
        <source>Disposed</source>
        <translation>Kassert</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="38"/>
        <source>Recycled</source>
        <translation>Resirkulert</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="45"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="46"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="47"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="48"/>
        <source>Purchase price</source>
        <translation>Innkjøpspris</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="49"/>
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="50"/>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="51"/>
        <source>Barcode</source>
        <translation>Strekkode</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="52"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="80"/>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="81"/>
        <source>Labels</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="83"/>
        <source>Label layout</source>
        <translation>Etikettformat</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="84"/>
        <source>Roll 62 × 29 mm</source>
        <translation>Rull 62 × 29 mm</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="85"/>
        <source>A4 sheet 3 × 8</source>
        <translation>A4-ark 3 × 8</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="88"/>
        <source>First free label on the sheet</source>
        <translation>Første ledige etikett på arket</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="90"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="94"/>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="98"/>
        <source>Save PDF…</source>
        <translation>Lagre PDF …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="99"/>
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="110"/>
        <source>Layout</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="111"/>
        <source>Start at label</source>
        <translation>Start på etikett</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="118"/>
        <source>{count} labels</source>
        <translation>{count} etiketter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="167"/>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="174"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="174"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="187"/>
        <source>Saved to {path}</source>
        <translation>Lagret i {path}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="191"/>
        <source>Save labels</source>
        <translation>Lagre etiketter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/label_dialog.py" line="191"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="55"/>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="57"/>
        <source>Omigjen POS</source>
        <translation>Omigjen POS</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="62"/>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="74"/>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="78"/>
        <source>User number</source>
        <translation>Brukernummer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="79"/>
        <source>or type your user number</source>
        <translation>eller skriv brukernummeret ditt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="85"/>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="86"/>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="111"/>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="98"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="107"/>
        <source>Who are you?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="132"/>
        <source>Demo users and PINs</source>
        <translation>Demobrukere og PIN-koder</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="134"/>
        <source>Demo centre: log in as any of these users</source>
        <translation>Demosenter: logg inn som en av disse brukerne</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="137"/>
        <source>all shops</source>
        <translation>alle butikker</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="140"/>
        <source>PIN {pin}</source>
        <translation>PIN {pin}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="156"/>
        <source>{shop} – {till} ({code})</source>
        <translation>{shop} – {till} ({code})</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="177"/>
        <source>(locked)</source>
        <translation>(sperret)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="206"/>
        <source>Choose your name in the list or type your user number.</source>
        <translation>Velg navnet ditt i listen eller skriv brukernummeret ditt.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="209"/>
        <source>Type your PIN.</source>
        <translation>Skriv PIN-koden din.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="217"/>
        <source>Checking…</source>
        <translation>Sjekker …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../omigjen_pos/ui/main_window.py" line="35"/>
        <source>Omigjen POS</source>
        <translation>Omigjen POS</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="29"/>
        <source>Wrong PIN. {attempts} attempts left before the user is locked.</source>
        <translation>Feil PIN-kode. {attempts} forsøk igjen før brukeren sperres.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="33"/>
        <source>{name} is locked after too many wrong PINs. Ask a manager to unlock.</source>
        <translation>{name} er sperret etter for mange feil PIN-koder. Be en leder om å låse opp.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="37"/>
        <source>There is no user with number {number}. Check the number and try again.</source>
        <translation>Det finnes ingen bruker med nummer {number}. Sjekk nummeret og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="41"/>
        <source>There is no till {code}. Check the till code in the settings.</source>
        <translation>Det finnes ingen kasse {code}. Sjekk kassekoden i innstillingene.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="45"/>
        <source>{name} has no role in this shop. Ask a manager for access.</source>
        <translation>{name} har ingen rolle i denne butikken. Be en leder om tilgang.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="49"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>En PIN-kode har 4 til 8 sifre.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="53"/>
        <source>No item with barcode {code} in this shop.</source>
        <translation>Ingen vare med strekkode {code} i denne butikken.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="57"/>
        <source>The item {code} is {state} and cannot be changed.</source>
        <translation>Varen {code} har status {state} og kan ikke endres.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="61"/>
        <source>Cannot reach the database at {server}: {reason}. {hint}</source>
        <translation>Får ikke kontakt med databasen på {server}: {reason}. {hint}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="65"/>
        <source>The database was upgraded by a newer Omigjen POS. Install the newer version.</source>
        <translation>Databasen er oppgradert av en nyere Omigjen POS. Installer den nyere versjonen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="71"/>
        <source>Could not write the file or reach the printer ({detail}). Check that the printer is on and has paper, or choose another folder.</source>
        <translation>Kunne ikke skrive filen eller nå skriveren ({detail}). Sjekk at skriveren er på og har papir, eller velg en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="77"/>
        <source>Something went wrong. Try again; if it happens again, call the person responsible for the tills. Details are in the log file.</source>
        <translation>Noe gikk galt. Prøv igjen; skjer det igjen, ring den som har ansvar for kassene. Detaljer står i loggfilen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="86"/>
        <source>type an amount in kroner, e.g. 149,50</source>
        <translation>skriv et beløp i kroner, f.eks. 149,50</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="87"/>
        <source>a price is needed</source>
        <translation>pris mangler</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="88"/>
        <source>choose a category</source>
        <translation>velg en kategori</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="89"/>
        <source>a name is needed</source>
        <translation>navn mangler</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="90"/>
        <source>the name is too long</source>
        <translation>navnet er for langt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="91"/>
        <source>type the weight in kg, e.g. 1,5</source>
        <translation>skriv vekten i kg, f.eks. 1,5</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="92"/>
        <source>that is heavier than ten tonnes</source>
        <translation>det er tyngre enn ti tonn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="93"/>
        <source>type what we paid the private seller (needed for the margin scheme)</source>
        <translation>skriv hva vi betalte privatselgeren (trengs for bruktmomsordningen)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="96"/>
        <source>must be between 0 and 10 000 000 kroner</source>
        <translation>må være mellom 0 og 10 000 000 kroner</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="99"/>
        <source>not a valid EAN/UPC number; check the digits</source>
        <translation>ikke et gyldig EAN/UPC-nummer; sjekk sifrene</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="102"/>
        <source>that is an in-store number (starts with 2); type the manufacturer&apos;s</source>
        <translation>det er et butikknummer (starter med 2); skriv produsentens nummer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="105"/>
        <source>one-off items get our own barcode; leave it empty</source>
        <translation>enkeltvarer får vår egen strekkode; la feltet stå tomt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="108"/>
        <source>must be between 0 and 1 000 000</source>
        <translation>må være mellom 0 og 1 000 000</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="109"/>
        <source>say why the item leaves the stock</source>
        <translation>skriv hvorfor varen tas ut av lageret</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="112"/>
        <source>the change must not be zero</source>
        <translation>endringen kan ikke være null</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="119"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../omigjen_pos/ui/login/keypad.py" line="18"/>
        <source>Keypad</source>
        <translation>Talltastatur</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/keypad.py" line="23"/>
        <source>Delete last digit</source>
        <translation>Slett siste siffer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/keypad.py" line="27"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/keypad.py" line="27"/>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
</context>
<context>
    <name>OpeningFloatPanel</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/opening_float.py" line="22"/>
        <source>Opening float</source>
        <translation>Vekselkasse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/opening_float.py" line="24"/>
        <source>New day: count the change in the drawer and type the opening float.</source>
        <translation>Ny dag: tell vekselpengene i skuffen og skriv inn vekselkassen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/opening_float.py" line="28"/>
        <source>Opening float in kroner</source>
        <translation>Vekselkasse i kroner</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/opening_float.py" line="28"/>
        <source>kroner, e.g. 1 500</source>
        <translation>kroner, f.eks. 1 500</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/opening_float.py" line="31"/>
        <source>Save float (Enter)</source>
        <translation>Lagre vekselkasse (Enter)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/opening_float.py" line="49"/>
        <source>The float cannot be negative.</source>
        <translation>Vekselkassen kan ikke være negativ.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="45"/>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="46"/>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="48"/>
        <source>To pay: {amount}</source>
        <translation>Å betale: {amount}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="50"/>
        <source>Card amount</source>
        <translation>Kortbeløp</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="50"/>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="55"/>
        <source>kroner, empty if none</source>
        <translation>kroner, tomt hvis ingen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="52"/>
        <source>Card reference</source>
        <translation>Kortreferanse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="52"/>
        <source>from the card terminal</source>
        <translation>fra betalingsterminalen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="55"/>
        <source>Vipps amount</source>
        <translation>Vipps-beløp</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="57"/>
        <source>Vipps reference</source>
        <translation>Vipps-referanse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="59"/>
        <source>Cash received</source>
        <translation>Mottatt kontant</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="59"/>
        <source>kroner, empty if exact</source>
        <translation>kroner, tomt hvis eksakt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="63"/>
        <source>Cash due and rounding</source>
        <translation>Kontant å betale og avrunding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="66"/>
        <source>Change</source>
        <translation>Veksel</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="69"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="70"/>
        <source>Complete sale (Enter)</source>
        <translation>Fullfør salg (Enter)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="75"/>
        <source>Back (Esc)</source>
        <translation>Tilbake (Esc)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="140"/>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="186"/>
        <source>Not enough to pay the total yet.</source>
        <translation>Ikke nok til å betale totalen ennå.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="145"/>
        <source>Cash due {due} (rounding {rounding})</source>
        <translation>Kontant å betale {due} (avrunding {rounding})</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="152"/>
        <source>Change: {amount}</source>
        <translation>Veksel: {amount}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="171"/>
        <source>Cash received {amount}</source>
        <translation>Mottatt kontant {amount}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="188"/>
        <source>Type amounts in kroner, e.g. 149,50.</source>
        <translation>Skriv beløp i kroner, f.eks. 149,50.</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="52"/>
        <source>Register item</source>
        <translation>Registrer vare</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="53"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="54"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="54"/>
        <source>e.g. Floor lamp in brass</source>
        <translation>f.eks. Gulvlampe i messing</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="57"/>
        <source>Choose a category</source>
        <translation>Velg kategori</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="59"/>
        <source>Condition</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="62"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="62"/>
        <source>kroner, e.g. 149,50</source>
        <translation>kroner, f.eks. 149,50</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="63"/>
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="63"/>
        <source>kg, e.g. 1,5</source>
        <translation>kg, f.eks. 1,5</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="64"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="66"/>
        <source>Purchase price</source>
        <translation>Innkjøpspris</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="66"/>
        <source>what we paid the seller, kroner</source>
        <translation>hva vi betalte selgeren, kroner</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="68"/>
        <source>Shelf</source>
        <translation>Hylle</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="68"/>
        <source>e.g. A3</source>
        <translation>f.eks. A3</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="69"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="70"/>
        <source>Stock article (counted)</source>
        <translation>Lagervare (telles)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="71"/>
        <source>Stock article</source>
        <translation>Lagervare</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="75"/>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="76"/>
        <source>Barcode</source>
        <translation>Strekkode</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="76"/>
        <source>manufacturer&apos;s EAN, or empty</source>
        <translation>produsentens EAN, eller tomt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="79"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="83"/>
        <source>Last registered item</source>
        <translation>Sist registrerte vare</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="84"/>
        <source>Save (Enter)</source>
        <translation>Lagre (Enter)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="85"/>
        <source>Save and print label (Ctrl+Enter)</source>
        <translation>Lagre og skriv etikett (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/registration_form.py" line="225"/>
        <source>Registered {barcode}  {name}  {price}</source>
        <translation>Registrert {barcode}  {name}  {price}</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="76"/>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="78"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="79"/>
        <source>Search name, description or barcode…</source>
        <translation>Søk i navn, beskrivelse eller strekkode …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="81"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="85"/>
        <source>Condition</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="87"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="89"/>
        <source>Time on the shelf</source>
        <translation>Tid på hylla</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="92"/>
        <source>Any age</source>
        <translation>Alle aldre</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="93"/>
        <source>Under a week</source>
        <translation>Under en uke</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="94"/>
        <source>Over 30 days</source>
        <translation>Over 30 dager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="95"/>
        <source>Over 60 days</source>
        <translation>Over 60 dager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="96"/>
        <source>Over 90 days</source>
        <translation>Over 90 dager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="102"/>
        <source>Whole centre</source>
        <translation>Hele senteret</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="103"/>
        <source>Search every shop in the centre</source>
        <translation>Søk i alle butikkene i senteret</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="105"/>
        <source>Number of items found</source>
        <translation>Antall varer funnet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="108"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="112"/>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="125"/>
        <source>Change price…</source>
        <translation>Endre pris …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="127"/>
        <source>Change description…</source>
        <translation>Endre beskrivelse …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="130"/>
        <source>Dispose…</source>
        <translation>Kasser …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="133"/>
        <source>Recycle…</source>
        <translation>Resirkuler …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="135"/>
        <source>Count…</source>
        <translation>Tell …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="136"/>
        <source>Print labels…</source>
        <translation>Skriv etiketter …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="151"/>
        <source>All: {what}</source>
        <translation>Alle: {what}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="222"/>
        <source>{count} items</source>
        <translation>{count} varer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="241"/>
        <source>Choose one item in the list first.</source>
        <translation>Velg én vare i listen først.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="283"/>
        <source>Change price</source>
        <translation>Endre pris</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="284"/>
        <source>New price for {name} (kroner):</source>
        <translation>Ny pris for {name} (kroner):</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="295"/>
        <source>Change description</source>
        <translation>Endre beskrivelse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="304"/>
        <source>Recycle item</source>
        <translation>Resirkuler vare</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="304"/>
        <source>Dispose of item</source>
        <translation>Kasser vare</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="306"/>
        <source>Why does {name} leave the stock?</source>
        <translation>Hvorfor tas {name} ut av lageret?</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="316"/>
        <source>Stock count</source>
        <translation>Varetelling</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="317"/>
        <source>Damaged</source>
        <translation>Skadet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="318"/>
        <source>Found</source>
        <translation>Funnet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="319"/>
        <source>Delivery received</source>
        <translation>Levering mottatt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="323"/>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="334"/>
        <source>Count</source>
        <translation>Telling</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="324"/>
        <source>Change in quantity for {name} (now {quantity}):</source>
        <translation>Endring i antall for {name} (nå {quantity}):</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="334"/>
        <source>Reason:</source>
        <translation>Årsak:</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="343"/>
        <source>Print labels</source>
        <translation>Skriv etiketter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="343"/>
        <source>Select the items to print labels for.</source>
        <translation>Merk varene du vil skrive etiketter for.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="35"/>
        <source>Workspace</source>
        <translation>Arbeidsflate</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="37"/>
        <source>{user} · {shop} · {till} ({code})</source>
        <translation>{user} · {shop} · {till} ({code})</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="45"/>
        <source>Logged in as</source>
        <translation>Innlogget som</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="46"/>
        <location filename="../../omigjen_pos/ui/workspace.py" line="47"/>
        <source>Log out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="48"/>
        <source>Log out (Ctrl+L)</source>
        <translation>Logg ut (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="54"/>
        <source>Screens</source>
        <translation>Skjermbilder</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="86"/>
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="86"/>
        <source>Selling at the till comes here.</source>
        <translation>Salg i kassen kommer her.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="88"/>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="88"/>
        <source>Registering items and printing labels comes here.</source>
        <translation>Registrering av varer og utskrift av etiketter kommer her.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="90"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="90"/>
        <source>X and Z reports and exports come here.</source>
        <translation>X- og Z-rapporter og eksport kommer her.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="91"/>
        <source>Administration</source>
        <translation>Administrasjon</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="91"/>
        <source>Shops, tills, users and settings come here.</source>
        <translation>Butikker, kasser, brukere og innstillinger kommer her.</translation>
    </message>
</context>
</TS>
