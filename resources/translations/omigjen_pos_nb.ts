<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>App</name>
    <message>
        <location filename="../../omigjen_pos/app.py" line="108"/>
        <location filename="../../omigjen_pos/app.py" line="121"/>
        <source>Omigjen POS</source>
        <translation>Omigjen POS</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/approval_dialog.py" line="40"/>
        <location filename="../../omigjen_pos/ui/screens/checkout/approval_dialog.py" line="41"/>
        <source>Manager approval</source>
        <translation>Godkjenning fra leder</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/approval_dialog.py" line="45"/>
        <source>Manager&apos;s user number</source>
        <translation>Lederens brukernummer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/approval_dialog.py" line="46"/>
        <source>Manager&apos;s PIN</source>
        <translation>Lederens PIN</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/approval_dialog.py" line="48"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/approval_dialog.py" line="52"/>
        <source>Approve (Enter)</source>
        <translation>Godkjenn (Enter)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/approval_dialog.py" line="52"/>
        <source>Back (Esc)</source>
        <translation>Tilbake (Esc)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/approval_dialog.py" line="69"/>
        <source>Type the manager&apos;s user number.</source>
        <translation>Skriv lederens brukernummer.</translation>
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
        <source>{price} (new price)</source>
        <translation>{price} (ny pris)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/basket_model.py" line="60"/>
        <source>{price} (marked down)</source>
        <translation>{price} (nedsatt)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/basket_model.py" line="62"/>
        <source>−{amount} discount</source>
        <translation>−{amount} rabatt</translation>
    </message>
</context>
<context>
    <name>CashDialog</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/cash_dialog.py" line="37"/>
        <location filename="../../omigjen_pos/ui/screens/checkout/cash_dialog.py" line="38"/>
        <source>Cash drawer</source>
        <translation>Kasseskuff</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/cash_dialog.py" line="41"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/cash_dialog.py" line="43"/>
        <source>Pay-in: cash put into the drawer</source>
        <translation>Innbetaling: kontanter lagt i skuffen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/cash_dialog.py" line="44"/>
        <source>Pay-out: cash taken out of the drawer</source>
        <translation>Utbetaling: kontanter tatt ut av skuffen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/cash_dialog.py" line="45"/>
        <source>Open the drawer without a sale</source>
        <translation>Åpne skuffen uten salg</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/cash_dialog.py" line="49"/>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/cash_dialog.py" line="49"/>
        <source>kroner, e.g. 200</source>
        <translation>kroner, f.eks. 200</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/cash_dialog.py" line="51"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/cash_dialog.py" line="51"/>
        <source>e.g. change from the bank, bought milk</source>
        <translation>f.eks. veksel fra banken, kjøpt melk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/cash_dialog.py" line="55"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/cash_dialog.py" line="58"/>
        <source>Record (Enter)</source>
        <translation>Registrer (Enter)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/cash_dialog.py" line="58"/>
        <source>Back (Esc)</source>
        <translation>Tilbake (Esc)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/cash_dialog.py" line="83"/>
        <source>Type an amount above zero.</source>
        <translation>Skriv et beløp over null.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/cash_dialog.py" line="86"/>
        <source>Say why, for the day&apos;s report.</source>
        <translation>Si hvorfor, for dagens rapport.</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="130"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="133"/>
        <source>What the centre&apos;s shops sell. Each category carries its VAT rate: used goods and repairs 25 %, books 0 %.</source>
        <translation>Det butikkene i senteret selger. Hver kategori har sin mva-sats: brukte varer og reparasjoner 25 %, bøker 0 %.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="146"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="157"/>
        <source>{name} ({rate} % VAT)</source>
        <translation>{name} ({rate} % mva)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="164"/>
        <source>Choose at least one category.</source>
        <translation>Velg minst én kategori.</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="49"/>
        <source>The centre</source>
        <translation>Senteret</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="51"/>
        <source>Its name, and the address printed on the receipts of every shop in it.</source>
        <translation>Navnet, og adressen som skrives på kvitteringene til alle butikkene i senteret.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="53"/>
        <source>Centre name</source>
        <translation>Senterets navn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="53"/>
        <source>e.g. Omigjen ombrukssenter</source>
        <translation>f.eks. Omigjen ombrukssenter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="55"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="55"/>
        <source>e.g. Gjenbruksveien 1</source>
        <translation>f.eks. Gjenbruksveien 1</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="57"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="59"/>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
</context>
<context>
    <name>CheckedPage</name>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="56"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="125"/>
        <source>Checking…</source>
        <translation>Sjekker …</translation>
    </message>
</context>
<context>
    <name>CheckoutScreen</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="108"/>
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="125"/>
        <source>Scan or type a barcode</source>
        <translation>Skann eller skriv en strekkode</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="126"/>
        <source>Scan or type a barcode, then Enter</source>
        <translation>Skann eller skriv strekkode, så Enter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="130"/>
        <source>Last scanned item</source>
        <translation>Sist skannede vare</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="133"/>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="137"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="139"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="140"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="141"/>
        <source>TRAINING MODE: not real sales</source>
        <translation>TRENINGSMODUS: ikke ekte salg</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="143"/>
        <source>Training mode</source>
        <translation>Treningsmodus</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="147"/>
        <source>Database unreachable</source>
        <translation>Databasen svarer ikke</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="156"/>
        <source>Basket</source>
        <translation>Handlekurv</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="168"/>
        <source>Pay (F12)</source>
        <translation>Betal (F12)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="170"/>
        <source>Remove line (F4)</source>
        <translation>Fjern linje (F4)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="171"/>
        <source>Quantity (F5)</source>
        <translation>Antall (F5)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="173"/>
        <source>Discount (F8)</source>
        <translation>Rabatt (F8)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="176"/>
        <source>Discount on sale (Shift+F8)</source>
        <translation>Rabatt på salget (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="178"/>
        <source>New price (F11)</source>
        <translation>Ny pris (F11)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="179"/>
        <source>Cancel sale (F9)</source>
        <translation>Avbryt salg (F9)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="180"/>
        <source>Park (F6)</source>
        <translation>Parker (F6)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="181"/>
        <source>Parked sales (F7)</source>
        <translation>Parkerte salg (F7)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="182"/>
        <source>Find item (F2)</source>
        <translation>Finn vare (F2)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="184"/>
        <source>Price check (F3)</source>
        <translation>Prissjekk (F3)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="186"/>
        <source>Return (F10)</source>
        <translation>Retur (F10)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="188"/>
        <source>Cash drawer (Ctrl+D)</source>
        <translation>Kasseskuff (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="191"/>
        <source>Print receipt (Ctrl+P)</source>
        <translation>Skriv ut kvittering (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="194"/>
        <source>Close the day (Ctrl+R)</source>
        <translation>Dagsoppgjør (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="284"/>
        <source>Opening float {amount} recorded.</source>
        <translation>Vekselkasse {amount} registrert.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="302"/>
        <source>An unfinished sale from before was restored: finish it, or cancel it with F9.</source>
        <translation>Et uavsluttet salg fra tidligere er hentet fram: fullfør det, eller avbryt med F9.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="334"/>
        <source>Count the opening float first.</source>
        <translation>Tell vekselkassen først.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="409"/>
        <source>The item is already sold on receipt {number}, {when}. Put it aside and call a manager.</source>
        <translation>Varen er allerede solgt på kvittering {number}, {when}. Legg den til side og tilkall en leder.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="414"/>
        <source>The item is in an open sale on till {till}. Finish or cancel that sale first.</source>
        <translation>Varen ligger i et åpent salg på kasse {till}. Fullfør eller avbryt det salget først.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="418"/>
        <source>The item belongs to another shop ({shop}). It must be paid there.</source>
        <translation>Varen tilhører en annen butikk ({shop}). Den må betales der.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="421"/>
        <source>The item is already in this sale.</source>
        <translation>Varen er allerede i dette salget.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="423"/>
        <source>No more of this article in stock. Check the count.</source>
        <translation>Ikke flere av denne varen på lager. Sjekk antallet.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="425"/>
        <source>Unknown barcode {code}. Check the number or register the item.</source>
        <translation>Ukjent strekkode {code}. Sjekk nummeret eller registrer varen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="428"/>
        <source>The item cannot be sold ({state}). Call a manager.</source>
        <translation>Varen kan ikke selges ({state}). Tilkall en leder.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="437"/>
        <source>The database cannot be reached ({server}). Keep the customer&apos;s items: scans, payments and returns are kept and sent again by themselves.</source>
        <translation>Får ikke kontakt med databasen ({server}). Behold kundens varer: skanninger, betalinger og returer tas vare på og sendes igjen av seg selv.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="446"/>
        <source>The database is back.</source>
        <translation>Databasen er tilbake.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="498"/>
        <source>Total {amount}</source>
        <translation>Totalt {amount}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="501"/>
        <source>Discounts {amount}</source>
        <translation>Rabatter {amount}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="543"/>
        <source>Cancel sale</source>
        <translation>Avbryt salg</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="544"/>
        <source>Cancel this sale and put the items back?</source>
        <translation>Avbryte dette salget og legge varene tilbake?</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="562"/>
        <source>Sale cancelled.</source>
        <translation>Salget er avbrutt.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="572"/>
        <source>Sale parked (F7 to take it up).</source>
        <translation>Salget er parkert (F7 for å hente det).</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="584"/>
        <source>No parked sales in this shop.</source>
        <translation>Ingen parkerte salg i denne butikken.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="587"/>
        <source>{till} · {cashier} · {lines} lines · {time}</source>
        <translation>{till} · {cashier} · {lines} linjer · {time}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="596"/>
        <source>Parked sales</source>
        <translation>Parkerte salg</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="596"/>
        <source>Take up which sale?</source>
        <translation>Hvilket salg vil du hente?</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="616"/>
        <source>Only a manager can switch training mode.</source>
        <translation>Bare en leder kan slå treningsmodus av og på.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="619"/>
        <source>Finish or park this sale before switching.</source>
        <translation>Fullfør eller parker dette salget før du bytter.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="640"/>
        <source>Wait until every scan has reached the database, then pay.</source>
        <translation>Vent til alle skanningene har nådd databasen, og ta så betalt.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="676"/>
        <source>Receipt {number}: {total}. Change {change}.</source>
        <translation>Kvittering {number}: {total}. Veksel {change}.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="134"/>
        <source>Set up Omigjen POS</source>
        <translation>Sett opp Omigjen POS</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="135"/>
        <source>Where should the centre&apos;s sales, items and journal be kept?</source>
        <translation>Hvor skal senterets salg, varer og journal lagres?</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="136"/>
        <source>A new centre on this machine (SQLite)</source>
        <translation>Nytt senter på denne maskinen (SQLite)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="138"/>
        <source>Connect to the centre&apos;s PostgreSQL</source>
        <translation>Koble til sentrets PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="143"/>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="214"/>
        <source>Store file</source>
        <translation>Databasefil</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="145"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="146"/>
        <source>Choose the store file</source>
        <translation>Velg databasefilen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="162"/>
        <source>For one till or a trial: everything is kept in one file on this machine. Back the file up every day.</source>
        <translation>For én kasse eller en prøveperiode: alt lagres i én fil på denne maskinen. Ta sikkerhetskopi av filen hver dag.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="168"/>
        <source>For several tills sharing one store. You need the server&apos;s address, a user and a password from whoever runs the server.</source>
        <translation>For flere kasser som deler én database. Du trenger serverens adresse, en bruker og et passord fra den som driver serveren.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="194"/>
        <source>The file already holds the centre «{name}». Choose another file name for a new centre.</source>
        <translation>Filen har allerede senteret «{name}». Velg et annet filnavn for et nytt senter.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="214"/>
        <source>SQLite store (*.sqlite3)</source>
        <translation>SQLite-database (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>CounterActions</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="62"/>
        <source>Price check: scan the item.</source>
        <translation>Prissjekk: skann varen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="73"/>
        <source>Price check: {name}
{price}</source>
        <translation>Prissjekk: {name}
{price}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="77"/>
        <source>(label {price})</source>
        <translation>(etikett {price})</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="84"/>
        <source>Finish or park this sale before a return.</source>
        <translation>Fullfør eller parker dette salget før en retur.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="137"/>
        <source>Return receipt {number}: {amount} back to the customer.</source>
        <translation>Returkvittering {number}: {amount} tilbake til kunden.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="142"/>
        <source>Tilgodelapp code {code}: write it down for the customer.</source>
        <translation>Tilgodelapp med kode {code}: skriv den ned til kunden.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="161"/>
        <source>Drawer opened without a sale: {reason}.</source>
        <translation>Skuffen åpnet uten salg: {reason}.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="167"/>
        <source>Pay-in of {amount} recorded.</source>
        <translation>Innbetaling på {amount} registrert.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="169"/>
        <source>Pay-out of {amount} recorded.</source>
        <translation>Utbetaling på {amount} registrert.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="180"/>
        <source>The cash movement was not recorded. When the database is back, check the journal and record it again if it is missing.</source>
        <translation>Kontantbevegelsen ble ikke registrert. Når databasen er tilbake: sjekk journalen og registrer den på nytt om den mangler.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="206"/>
        <source>Finish or park this sale before closing the day.</source>
        <translation>Fullfør eller parker dette salget før dagsoppgjøret.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="238"/>
        <source>Z-report {number} is taken, but the printer did not print it: {error}</source>
        <translation>Z-rapport {number} er tatt ut, men skriveren skrev den ikke ut: {error}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="243"/>
        <source>Z-report {number} saved as PDF: {path}</source>
        <translation>Z-rapport {number} lagret som PDF: {path}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="248"/>
        <source>Day closed: Z-report {number}.</source>
        <translation>Dagen er avsluttet: Z-rapport {number}.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="259"/>
        <source>This till&apos;s Z-report for today is already taken.</source>
        <translation>Z-rapporten for denne kassen er allerede tatt ut i dag.</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="40"/>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="41"/>
        <source>Close the day</source>
        <translation>Dagsoppgjør</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="45"/>
        <source>X-report</source>
        <translation>X-rapport</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="47"/>
        <source>Loading the X-report...</source>
        <translation>Henter X-rapporten ...</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="53"/>
        <source>Number of {kroner} kr</source>
        <translation>Antall {kroner} kr</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="59"/>
        <source>Or the whole count in kroner</source>
        <translation>Eller hele opptellingen i kroner</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="59"/>
        <source>e.g. 4 250</source>
        <translation>f.eks. 4 250</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="63"/>
        <source>Expected cash</source>
        <translation>Forventet kontantbeholdning</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="66"/>
        <source>Counted cash</source>
        <translation>Opptalt kontantbeholdning</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="68"/>
        <source>Difference</source>
        <translation>Differanse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="69"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="71"/>
        <source>Take Z-report and close the day</source>
        <translation>Ta ut Z-rapport og avslutt dagen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="73"/>
        <source>Back (Esc)</source>
        <translation>Tilbake (Esc)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="80"/>
        <source>Count the drawer</source>
        <translation>Tell opp kassen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="101"/>
        <source>Expected in the drawer: {amount}</source>
        <translation>Forventet i kassen: {amount}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="129"/>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="143"/>
        <source>Type the amount in kroner, e.g. 4 250.</source>
        <translation>Skriv beløpet i kroner, f.eks. 4 250.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="132"/>
        <source>Counted: {amount}</source>
        <translation>Opptalt: {amount}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="136"/>
        <source>Difference: {amount}</source>
        <translation>Differanse: {amount}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/day_close_dialog.py" line="149"/>
        <source>Count the drawer first; type 0 if it is empty.</source>
        <translation>Tell opp kassen først; skriv 0 hvis den er tom.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../omigjen_pos/ui/error_dialog.py" line="66"/>
        <source>Omigjen POS: something went wrong</source>
        <translation>Omigjen POS: noe gikk galt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/error_dialog.py" line="67"/>
        <source>Unexpected error</source>
        <translation>Uventet feil</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/error_dialog.py" line="75"/>
        <source>Something unexpected went wrong in Omigjen POS.</source>
        <translation>Noe uventet gikk galt i Omigjen POS.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/error_dialog.py" line="80"/>
        <source>Nothing is lost: the sale on the screen is kept, and every sale that was paid is saved.</source>
        <translation>Ingenting er tapt: Salget på skjermen er tatt vare på, og alle salg som er betalt, er lagret.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/error_dialog.py" line="86"/>
        <source>What to do: close this message and carry on. If it happens again, log out and in again, or restart Omigjen POS. If it still happens, call the person responsible for the tills and tell them the time: {time}.</source>
        <translation>Slik gjør du: Lukk denne meldingen og fortsett. Skjer det igjen, logg ut og inn igjen, eller start Omigjen POS på nytt. Skjer det fortsatt, ring den som har ansvaret for kassene, og oppgi tidspunktet: {time}.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/error_dialog.py" line="92"/>
        <source>The details are in the log file:
{path}</source>
        <translation>Detaljene står i loggfilen:
{path}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/error_dialog.py" line="94"/>
        <source>The log file could not be written, so the details are lost.</source>
        <translation>Loggfilen kunne ikke skrives, så detaljene er tapt.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/error_dialog.py" line="103"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/error_dialog.py" line="104"/>
        <source>Close the message</source>
        <translation>Lukk meldingen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/error_dialog.py" line="124"/>
        <source>It happened {count} times since this message appeared.</source>
        <translation>Det har skjedd {count} ganger siden denne meldingen kom.</translation>
    </message>
</context>
<context>
    <name>ExistingCentrePage</name>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="330"/>
        <source>The centre is already set up</source>
        <translation>Senteret er allerede satt opp</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="331"/>
        <source>Nothing needs creating: Finish opens the login screen.</source>
        <translation>Ingenting må opprettes: Fullfør åpner innloggingen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="334"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="344"/>
        <source>The database at {server} holds the centre «{name}». This machine will use that database from now on.</source>
        <translation>Databasen på {server} har senteret «{name}». Denne maskinen bruker den databasen fra nå av.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="348"/>
        <source>Its tables are upgraded to this version of Omigjen POS first.</source>
        <translation>Tabellene oppgraderes først til denne versjonen av Omigjen POS.</translation>
    </message>
</context>
<context>
    <name>InventoryScreen</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="54"/>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="59"/>
        <source>Inventory</source>
        <translation>Varelager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="60"/>
        <source>Register</source>
        <translation>Registrer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="61"/>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="63"/>
        <source>Label printer</source>
        <translation>Etikettskriver</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="64"/>
        <source>Choose label printer…</source>
        <translation>Velg etikettskriver …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="68"/>
        <source>Label message</source>
        <translation>Etikettmelding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="102"/>
        <source>Label printer {name} is not found on this computer; labels are saved as PDF in {folder}</source>
        <translation>Etikettskriveren {name} finnes ikke på denne datamaskinen; etiketter lagres som PDF i {folder}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="109"/>
        <source>Label printer: none chosen, labels are saved as PDF in {folder}</source>
        <translation>Etikettskriver: ingen valgt, etiketter lagres som PDF i {folder}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="98"/>
        <source>Label printer: {name}</source>
        <translation>Etikettskriver: {name}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="128"/>
        <source>The choice is used now but not kept: the settings file cannot be read ({detail}).</source>
        <translation>Valget brukes nå, men blir ikke husket: innstillingsfilen kan ikke leses ({detail}).</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="136"/>
        <source>{name} is this till&apos;s label printer from now on.</source>
        <translation>{name} er etikettskriveren for denne kassen fra nå av.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="159"/>
        <source>Label for {barcode} printed.</source>
        <translation>Etikett for {barcode} skrevet ut.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/inventory_screen.py" line="165"/>
        <source>Label for {barcode} saved to {path}</source>
        <translation>Etikett for {barcode} lagret i {path}</translation>
    </message>
</context>
<context>
    <name>ItemSearchDialog</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/item_search_dialog.py" line="45"/>
        <location filename="../../omigjen_pos/ui/screens/checkout/item_search_dialog.py" line="46"/>
        <source>Find an item</source>
        <translation>Finn en vare</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/item_search_dialog.py" line="49"/>
        <source>Search for an item</source>
        <translation>Søk etter en vare</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/item_search_dialog.py" line="49"/>
        <source>part of the name, e.g. lampe</source>
        <translation>del av navnet, f.eks. lampe</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/item_search_dialog.py" line="53"/>
        <source>Items found</source>
        <translation>Varer funnet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/item_search_dialog.py" line="57"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/item_search_dialog.py" line="62"/>
        <source>Add to sale (Enter)</source>
        <translation>Legg i salget (Enter)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/item_search_dialog.py" line="62"/>
        <source>Back (Esc)</source>
        <translation>Tilbake (Esc)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/item_search_dialog.py" line="103"/>
        <source>{count} found. Up/Down to choose.</source>
        <translation>{count} funnet. Opp/ned for å velge.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/item_search_dialog.py" line="106"/>
        <source>Nothing in stock matches. Try a shorter word.</source>
        <translation>Ingenting på lager passer. Prøv et kortere ord.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="47"/>
        <source>Barcode</source>
        <translation>Strekkode</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="48"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="49"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="50"/>
        <source>Condition</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="51"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="53"/>
        <source>Intake</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="54"/>
        <source>Shelf</source>
        <translation>Hylle</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="55"/>
        <source>Shop</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/item_table_model.py" line="171"/>
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
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="53"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="54"/>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="55"/>
        <source>Voucher</source>
        <translation>Tilgodelapp</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="56"/>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="57"/>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="58"/>
        <source>Refund</source>
        <translation>Tilbakebetaling</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="59"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="60"/>
        <source>Shelf</source>
        <translation>Hylle</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="61"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="62"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="63"/>
        <source>Vipps</source>
        <translation>Vipps</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="64"/>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="65"/>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="66"/>
        <source>Counted cash</source>
        <translation>Opptalt kontantbeholdning</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/item_texts.py" line="67"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>JournalEvents</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="32"/>
        <source>Program started</source>
        <translation>Programmet startet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="33"/>
        <source>Program stopped</source>
        <translation>Programmet avsluttet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="34"/>
        <source>Login</source>
        <translation>Pålogging</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="35"/>
        <source>Logout</source>
        <translation>Avlogging</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="36"/>
        <source>Wrong PIN</source>
        <translation>Feil PIN</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="37"/>
        <source>User locked</source>
        <translation>Bruker sperret</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="38"/>
        <source>User unlocked</source>
        <translation>Bruker låst opp</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="39"/>
        <source>Drawer opened</source>
        <translation>Kasseskuffen åpnet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="40"/>
        <source>Software update</source>
        <translation>Programvareoppdatering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="41"/>
        <source>X-report</source>
        <translation>X-rapport</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="42"/>
        <source>Z-report</source>
        <translation>Z-rapport</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="43"/>
        <source>Sale parked</source>
        <translation>Salg parkert</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="44"/>
        <source>Parked sale resumed</source>
        <translation>Parkert salg hentet fram</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="45"/>
        <source>Sales receipt</source>
        <translation>Salgskvittering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="46"/>
        <source>Return receipt</source>
        <translation>Returkvittering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="47"/>
        <source>Copy receipt</source>
        <translation>Kopikvittering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="48"/>
        <source>Provisional receipt</source>
        <translation>Foreløpig kvittering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="49"/>
        <source>Delivery receipt</source>
        <translation>Utleveringskvittering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="50"/>
        <source>Training receipt</source>
        <translation>Treningskvittering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="51"/>
        <source>Cash paid out</source>
        <translation>Utbetaling fra kassen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="52"/>
        <source>Cash paid in</source>
        <translation>Innbetaling til kassen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="53"/>
        <source>Opening float</source>
        <translation>Vekselkasse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="54"/>
        <source>Journal exported</source>
        <translation>Journal eksportert</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="55"/>
        <source>Price changed</source>
        <translation>Pris endret</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="56"/>
        <source>Price look-up</source>
        <translation>Prissjekk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="57"/>
        <source>Training mode on</source>
        <translation>Treningsmodus på</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="58"/>
        <source>Training mode off</source>
        <translation>Treningsmodus av</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="59"/>
        <source>Sale voided</source>
        <translation>Salg annullert</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="60"/>
        <source>Item registered</source>
        <translation>Vare registrert</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="61"/>
        <source>Sale completed</source>
        <translation>Salg fullført</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="62"/>
        <source>Return completed</source>
        <translation>Retur fullført</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="63"/>
        <source>Line corrected</source>
        <translation>Linje korrigert</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="64"/>
        <source>Price overridden</source>
        <translation>Pris overstyrt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="65"/>
        <source>Discount given</source>
        <translation>Rabatt gitt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="66"/>
        <source>Report copy</source>
        <translation>Rapportkopi</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="67"/>
        <source>Master data changed</source>
        <translation>Grunndata endret</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="76"/>
        <source>All events</source>
        <translation>Alle hendelser</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="77"/>
        <source>All receipts</source>
        <translation>Alle kvitteringer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="78"/>
        <source>X- and Z-reports</source>
        <translation>X- og Z-rapporter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/event_names.py" line="79"/>
        <source>Logins and logouts</source>
        <translation>På- og avlogginger</translation>
    </message>
</context>
<context>
    <name>JournalExportRow</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_export.py" line="51"/>
        <source>Export CSV…</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_export.py" line="52"/>
        <source>Export the entries shown as a CSV file</source>
        <translation>Eksporter hendelsene som vises, som CSV-fil</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_export.py" line="55"/>
        <source>Export progress</source>
        <translation>Framdrift for eksporten</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_export.py" line="57"/>
        <source>Cancel export</source>
        <translation>Avbryt eksporten</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_export.py" line="63"/>
        <source>Export message</source>
        <translation>Melding om eksporten</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_export.py" line="81"/>
        <source>Export the journal</source>
        <translation>Eksporter journalen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_export.py" line="83"/>
        <source>CSV files for Excel (*.csv)</source>
        <translation>CSV-filer for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_export.py" line="104"/>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_export.py" line="125"/>
        <source>{count} entries exported to {path}</source>
        <translation>{count} hendelser eksportert til {path}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_export.py" line="131"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksporten er avbrutt; ingen fil ble skrevet.</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="86"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="88"/>
        <source>Shop</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="90"/>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="90"/>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="238"/>
        <source>All tills</source>
        <translation>Alle kasser</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="93"/>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="94"/>
        <source>Only from</source>
        <translation>Bare fra</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="95"/>
        <source>Only entries of a period</source>
        <translation>Bare hendelser i en periode</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="96"/>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="97"/>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="100"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="102"/>
        <source>Search the journal</source>
        <translation>Søk i journalen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="102"/>
        <source>Search summary and content…</source>
        <translation>Søk i sammendrag og innhold …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="105"/>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="106"/>
        <source>Refresh the list</source>
        <translation>Oppdater listen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="107"/>
        <source>Show entries added since (F5)</source>
        <translation>Vis hendelser som er kommet til siden (F5)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="114"/>
        <source>Journal entries</source>
        <translation>Hendelser i journalen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="128"/>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="321"/>
        <source>Choose an entry to see its content.</source>
        <translation>Velg en hendelse for å se innholdet.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="130"/>
        <source>Chosen entry</source>
        <translation>Valgt hendelse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="136"/>
        <source>Content of the chosen entry</source>
        <translation>Innholdet i den valgte hendelsen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="139"/>
        <source>Number of entries shown</source>
        <translation>Antall hendelser som vises</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="140"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="179"/>
        <source>Entry</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="185"/>
        <source>Entries and content</source>
        <translation>Hendelser og innhold</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="218"/>
        <source>All shops</source>
        <translation>Alle butikker</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="223"/>
        <source>retired</source>
        <translation>tatt ut av bruk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="281"/>
        <source>The first day is after the last day. Change the period.</source>
        <translation>Første dag er etter siste dag. Endre perioden.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="287"/>
        <source>Searching…</source>
        <translation>Søker …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="293"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n hendelse</numerusform>
            <numerusform>%n hendelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="295"/>
        <source>The newest %n entries; scroll for more</source>
        <translation>
            <numerusform>Viser %n hendelse, den nyeste; bla videre for flere</numerusform>
            <numerusform>Viser de %n nyeste hendelsene; bla videre for flere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="324"/>
        <source>{event} · {time} · {till} · {user}</source>
        <translation>{event} · {time} · {till} · {user}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_screen.py" line="336"/>
        <source>Loading…</source>
        <translation>Henter …</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_model.py" line="57"/>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_model.py" line="58"/>
        <source>Shop</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_model.py" line="59"/>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_model.py" line="60"/>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_model.py" line="61"/>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_model.py" line="62"/>
        <source>SAF-T</source>
        <translation>SAF-T</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_model.py" line="63"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/journal/journal_model.py" line="155"/>
        <source>SAF-T event {code}</source>
        <translation>SAF-T-hendelse {code}</translation>
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
    <name>LineActions</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="64"/>
        <source>A one-off item is always one.</source>
        <translation>En enkeltvare er alltid én.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="67"/>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="68"/>
        <source>How many of {name}?</source>
        <translation>Hvor mange {name}?</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="69"/>
        <source>e.g. 3</source>
        <translation>f.eks. 3</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="82"/>
        <source>New price</source>
        <translation>Ny pris</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="83"/>
        <source>Price per item for {name}, in kroner</source>
        <translation>Pris per stykk for {name}, i kroner</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="84"/>
        <source>e.g. 80</source>
        <translation>f.eks. 80</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="97"/>
        <source>Discount on the line</source>
        <translation>Rabatt på linjen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="98"/>
        <source>Discount on {name}: 10 % or kroner</source>
        <translation>Rabatt på {name}: 10 % eller kroner</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="99"/>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="119"/>
        <source>e.g. 10 % or 50</source>
        <translation>f.eks. 10 % eller 50</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="117"/>
        <source>Discount on the sale</source>
        <translation>Rabatt på salget</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="118"/>
        <source>Discount on the whole sale: 10 % or kroner</source>
        <translation>Rabatt på hele salget: 10 % eller kroner</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="163"/>
        <source>A cut of {cut} % is more than a cashier may give ({limit} %). A manager approves with their number and PIN.</source>
        <translation>En reduksjon på {cut} % er mer enn en kasserer kan gi ({limit} %). En leder godkjenner med sitt nummer og sin PIN.</translation>
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
        <location filename="../../omigjen_pos/ui/main_window.py" line="38"/>
        <source>Omigjen POS</source>
        <translation>Omigjen POS</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="173"/>
        <source>The first manager</source>
        <translation>Den første lederen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="176"/>
        <source>Manager of every shop and administrator of the centre. Logs in with the user number and the PIN.</source>
        <translation>Butikksjef i alle butikkene og administrator for senteret. Logger inn med brukernummer og PIN-kode.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="180"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="180"/>
        <source>e.g. Siri Senterleder</source>
        <translation>f.eks. Siri Senterleder</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="182"/>
        <source>User number</source>
        <translation>Brukernummer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="182"/>
        <source>e.g. 100</source>
        <translation>f.eks. 100</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="184"/>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="184"/>
        <source>4 to 8 digits</source>
        <translation>4 til 8 sifre</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="185"/>
        <source>PIN again</source>
        <translation>PIN-kode en gang til</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="190"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="204"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>En PIN-kode har 4 til 8 sifre.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="206"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>De to PIN-kodene er ulike. Skriv den samme PIN-koden to ganger.</translation>
    </message>
</context>
<context>
    <name>MarkdownRulesEditor</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="104"/>
        <source>Markdown rules</source>
        <translation>Nedsettingsregler</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="107"/>
        <source>No markdowns: items keep their label price.</source>
        <translation>Ingen nedsettinger: varene beholder prisen på etiketten.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="108"/>
        <source>Add rule</source>
        <translation>Legg til regel</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="109"/>
        <source>Add a markdown rule</source>
        <translation>Legg til en nedsettingsregel</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="114"/>
        <source>The largest markdown that fits an item applies; rules never add up. Prices are rounded down to whole kroner; stock articles keep their price.</source>
        <translation>Den største nedsettingen som passer for en vare, gjelder; regler legges aldri sammen. Prisene rundes ned til hele kroner; lagervarer beholder prisen sin.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="36"/>
        <source>Wrong PIN. {attempts} attempts left before the user is locked.</source>
        <translation>Feil PIN-kode. {attempts} forsøk igjen før brukeren sperres.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="40"/>
        <source>{name} is locked after too many wrong PINs. Ask a manager to unlock.</source>
        <translation>{name} er sperret etter for mange feil PIN-koder. Be en leder om å låse opp.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="44"/>
        <source>There is no user with number {number}. Check the number and try again.</source>
        <translation>Det finnes ingen bruker med nummer {number}. Sjekk nummeret og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="48"/>
        <source>There is no till {code}. Check the till code in the settings.</source>
        <translation>Det finnes ingen kasse {code}. Sjekk kassekoden i innstillingene.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="52"/>
        <source>{name} is not a manager in this shop and cannot approve.</source>
        <translation>{name} er ikke leder i denne butikken og kan ikke godkjenne.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="56"/>
        <source>{name} has no role in this shop. Ask a manager for access.</source>
        <translation>{name} har ingen rolle i denne butikken. Be en leder om tilgang.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="60"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>En PIN-kode har 4 til 8 sifre.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="64"/>
        <source>No item with barcode {code} in this shop.</source>
        <translation>Ingen vare med strekkode {code} i denne butikken.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="68"/>
        <source>There is no shop {code}. Check the shop code.</source>
        <translation>Det finnes ingen butikk {code}. Sjekk butikkoden.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="72"/>
        <source>No sale with receipt {number} in this shop. Check the number on the receipt.</source>
        <translation>Ingen salg med kvittering {number} i denne butikken. Sjekk nummeret på kvitteringen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="77"/>
        <source>No tilgodelapp or gift card with code {code} in this shop.</source>
        <translation>Ingen tilgodelapp eller gavekort med kode {code} i denne butikken.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="81"/>
        <source>That line is already returned; a line can be returned only once.</source>
        <translation>Den linjen er allerede returnert; en linje kan bare returneres én gang.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="85"/>
        <source>A training sale is returned in training mode only, and a real sale only outside it.</source>
        <translation>Et treningssalg returneres bare i treningsmodus, og et ekte salg bare utenfor den.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="90"/>
        <source>This sale was finished or parked on another till. Start a new sale.</source>
        <translation>Dette salget er fullført eller parkert på en annen kasse. Start et nytt salg.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="94"/>
        <source>Card, Vipps and vouchers may pay at most {due}; there is no cash back.</source>
        <translation>Kort, Vipps og tilgodelapper kan betale høyst {due}; det gis ikke kontanter tilbake.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="98"/>
        <source>The payments do not cover {due}: {paid} is not enough.</source>
        <translation>Betalingene dekker ikke {due}: {paid} er ikke nok.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="102"/>
        <source>The item {code} is {state} and cannot be changed.</source>
        <translation>Varen {code} har status {state} og kan ikke endres.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="106"/>
        <source>Cannot reach the database at {server}: {reason}. {hint}</source>
        <translation>Får ikke kontakt med databasen på {server}: {reason}. {hint}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="110"/>
        <source>The database was upgraded by a newer Omigjen POS. Install the newer version.</source>
        <translation>Databasen er oppgradert av en nyere Omigjen POS. Installer den nyere versjonen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="116"/>
        <source>Could not write the file or reach the printer ({detail}). Check that the printer is on and has paper, or choose another folder.</source>
        <translation>Kunne ikke skrive filen eller nå skriveren ({detail}). Sjekk at skriveren er på og har papir, eller velg en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="124"/>
        <source>Something went wrong. Try again; if it happens again, call the person responsible for the tills. Details are in the log file.</source>
        <translation>Noe gikk galt. Prøv igjen; skjer det igjen, ring den som har ansvar for kassene. Detaljer står i loggfilen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="140"/>
        <source>type an amount in kroner, e.g. 149,50</source>
        <translation>skriv et beløp i kroner, f.eks. 149,50</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="141"/>
        <source>a price is needed</source>
        <translation>pris mangler</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="142"/>
        <source>choose a category</source>
        <translation>velg en kategori</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="143"/>
        <source>a name is needed</source>
        <translation>navn mangler</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="144"/>
        <source>the name is too long</source>
        <translation>navnet er for langt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="145"/>
        <source>type the weight in kg, e.g. 1,5</source>
        <translation>skriv vekten i kg, f.eks. 1,5</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="146"/>
        <source>that is heavier than ten tonnes</source>
        <translation>det er tyngre enn ti tonn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="147"/>
        <source>type what we paid the private seller (needed for the margin scheme)</source>
        <translation>skriv hva vi betalte privatselgeren (trengs for bruktmomsordningen)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="150"/>
        <source>must be between 0 and 10 000 000 kroner</source>
        <translation>må være mellom 0 og 10 000 000 kroner</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="153"/>
        <source>not a valid EAN/UPC number; check the digits</source>
        <translation>ikke et gyldig EAN/UPC-nummer; sjekk sifrene</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="156"/>
        <source>that is an in-store number (starts with 2); type the manufacturer&apos;s</source>
        <translation>det er et butikknummer (starter med 2); skriv produsentens nummer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="159"/>
        <source>one-off items get our own barcode; leave it empty</source>
        <translation>enkeltvarer får vår egen strekkode; la feltet stå tomt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="162"/>
        <source>must be between 0 and 1 000 000</source>
        <translation>må være mellom 0 og 1 000 000</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="163"/>
        <source>say why the item leaves the stock</source>
        <translation>skriv hvorfor varen tas ut av lageret</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="166"/>
        <source>the change must not be zero</source>
        <translation>endringen kan ikke være null</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="167"/>
        <source>type a percentage such as 10 %</source>
        <translation>skriv en prosent, f.eks. 10 %</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="168"/>
        <source>must be above 0 and at most 100 %</source>
        <translation>må være over 0 og høyst 100 %</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="169"/>
        <source>type an amount above zero</source>
        <translation>skriv et beløp over null</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="170"/>
        <source>type a whole number from 1 to 9999</source>
        <translation>skriv et helt tall fra 1 til 9999</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="173"/>
        <source>a one-off item is always one</source>
        <translation>en enkeltvare er alltid én</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="174"/>
        <source>scan the receipt&apos;s barcode or type its number</source>
        <translation>skann strekkoden på kvitteringen eller skriv nummeret</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="177"/>
        <source>press Enter in the code field to look the voucher up first</source>
        <translation>trykk Enter i kodefeltet for å slå opp lappen først</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="180"/>
        <source>must be between 0 and 1 000 000 kroner</source>
        <translation>må være mellom 0 og 1 000 000 kroner</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="183"/>
        <source>say why, for the day&apos;s report</source>
        <translation>si hvorfor, for dagens rapport</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="186"/>
        <source>tick at least one line to return</source>
        <translation>kryss av minst én linje som skal returneres</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="189"/>
        <source>holds characters that cannot be typed (control characters); type it again</source>
        <translation>inneholder tegn som ikke kan skrives (kontrolltegn); skriv det inn på nytt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="192"/>
        <source>that would be more than 1 000 000 kroner in change; check the amount</source>
        <translation>det ville gitt mer enn 1 000 000 kroner i veksel; sjekk beløpet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="202"/>
        <source>at most {count} characters</source>
        <translation>høyst {count} tegn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="205"/>
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
    <name>OverviewTab</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="75"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="76"/>
        <source>Net sales</source>
        <translation>Netto salg</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="77"/>
        <source>Receipts</source>
        <translation>Kvitteringer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="78"/>
        <source>Average receipt</source>
        <translation>Snitt per kvittering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="79"/>
        <source>Returns</source>
        <translation>Returer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="80"/>
        <source>Days on the shelf</source>
        <translation>Dager på hylla</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="91"/>
        <source>No sales in this period.</source>
        <translation>Ingen salg i perioden.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="92"/>
        <source>Sales per hour</source>
        <translation>Salg per time</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="93"/>
        <source>Payment mix</source>
        <translation>Betalingsmåter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="94"/>
        <source>Sales per category</source>
        <translation>Salg per kategori</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="95"/>
        <source>Sales per shop</source>
        <translation>Salg per butikk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="97"/>
        <source>Items registered and sold per day</source>
        <translation>Varer registrert og solgt per dag</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="98"/>
        <source>No items registered or sold in this period.</source>
        <translation>Ingen varer registrert eller solgt i perioden.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="101"/>
        <source>Days from intake to sale, per category</source>
        <translation>Dager fra inntak til salg, per kategori</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="102"/>
        <source>No reused items sold in this period.</source>
        <translation>Ingen brukte gjenstander solgt i perioden.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="122"/>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="153"/>
        <source>VAT {vat}</source>
        <translation>Mva. {vat}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="155"/>
        <source>sales receipts</source>
        <translation>salgskvitteringer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="157"/>
        <source>per sales receipt</source>
        <translation>per salgskvittering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="161"/>
        <source>Return receipts: {count}</source>
        <translation>Returkvitteringer: {count}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="168"/>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="240"/>
        <source>{days} days</source>
        <translation>{days} dager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="169"/>
        <source>Average over {count} items sold</source>
        <translation>Snitt for {count} solgte gjenstander</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="174"/>
        <source>no reused items sold</source>
        <translation>ingen brukte gjenstander solgt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="187"/>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="196"/>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="210"/>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="228"/>
        <source>Registered</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="229"/>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="243"/>
        <source>days</source>
        <translation>dager</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="53"/>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="54"/>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="56"/>
        <source>To pay: {amount}</source>
        <translation>Å betale: {amount}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="58"/>
        <source>Card amount</source>
        <translation>Kortbeløp</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="58"/>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="63"/>
        <source>kroner, empty if none</source>
        <translation>kroner, tomt hvis ingen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="60"/>
        <source>Card reference</source>
        <translation>Kortreferanse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="60"/>
        <source>from the card terminal</source>
        <translation>fra betalingsterminalen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="63"/>
        <source>Vipps amount</source>
        <translation>Vipps-beløp</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="65"/>
        <source>Vipps reference</source>
        <translation>Vipps-referanse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="67"/>
        <source>Cash received</source>
        <translation>Mottatt kontant</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="67"/>
        <source>kroner, empty if exact</source>
        <translation>kroner, tomt hvis eksakt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="70"/>
        <source>Tilgodelapp or gift card</source>
        <translation>Tilgodelapp eller gavekort</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="70"/>
        <source>scan or type the code, then Enter</source>
        <translation>skann eller skriv koden, så Enter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="75"/>
        <source>Voucher amount</source>
        <translation>Beløp fra lappen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="75"/>
        <source>kroner, at most the balance</source>
        <translation>kroner, høyst saldoen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="78"/>
        <source>Voucher balance</source>
        <translation>Saldo på lappen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="79"/>
        <source>Receipt as PDF instead of paper</source>
        <translation>Kvittering som PDF i stedet for papir</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="83"/>
        <source>Cash due and rounding</source>
        <translation>Kontant å betale og avrunding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="86"/>
        <source>Change</source>
        <translation>Veksel</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="89"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="90"/>
        <source>Complete sale (Enter)</source>
        <translation>Fullfør salg (Enter)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="95"/>
        <source>Back (Esc)</source>
        <translation>Tilbake (Esc)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="169"/>
        <source>Looking up the voucher...</source>
        <translation>Slår opp lappen ...</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="182"/>
        <source>Balance {amount}</source>
        <translation>Saldo {amount}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="191"/>
        <source>This voucher is used up.</source>
        <translation>Denne lappen er brukt opp.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="196"/>
        <source>No tilgodelapp or gift card with that code in this shop.</source>
        <translation>Ingen tilgodelapp eller gavekort med den koden i denne butikken.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="214"/>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="260"/>
        <source>Not enough to pay the total yet.</source>
        <translation>Ikke nok til å betale totalen ennå.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="219"/>
        <source>Cash due {due} (rounding {rounding})</source>
        <translation>Kontant å betale {due} (avrunding {rounding})</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="226"/>
        <source>Change: {amount}</source>
        <translation>Veksel: {amount}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="245"/>
        <source>Cash received {amount}</source>
        <translation>Mottatt kontant {amount}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/payment_dialog.py" line="262"/>
        <source>Type amounts in kroner, e.g. 149,50.</source>
        <translation>Skriv beløp i kroner, f.eks. 149,50.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/period_picker.py" line="57"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/period_picker.py" line="59"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/period_picker.py" line="60"/>
        <source>Yesterday</source>
        <translation>I går</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/period_picker.py" line="61"/>
        <source>This week</source>
        <translation>Denne uka</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/period_picker.py" line="62"/>
        <source>This month</source>
        <translation>Denne måneden</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/period_picker.py" line="63"/>
        <source>Last month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/period_picker.py" line="64"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/period_picker.py" line="65"/>
        <source>Custom</source>
        <translation>Egendefinert</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/period_picker.py" line="68"/>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/period_picker.py" line="69"/>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/period_picker.py" line="70"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/period_picker.py" line="72"/>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/period_picker.py" line="74"/>
        <source>&amp;to</source>
        <translation>&amp;til</translation>
    </message>
</context>
<context>
    <name>PostgresPage</name>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="228"/>
        <source>The centre&apos;s PostgreSQL</source>
        <translation>Sentrets PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="230"/>
        <source>Type what the server&apos;s administrator gave you, then test the connection.</source>
        <translation>Skriv inn det du har fått av den som driver serveren, og test tilkoblingen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="232"/>
        <source>Server (host)</source>
        <translation>Server (vert)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="232"/>
        <source>e.g. server.omigjen.local</source>
        <translation>f.eks. server.omigjen.local</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="233"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="236"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="237"/>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="238"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="249"/>
        <source>Test connection</source>
        <translation>Test tilkoblingen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="253"/>
        <source>Create database</source>
        <translation>Opprett databasen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/store_pages.py" line="300"/>
        <source>Type the server, the database and the user.</source>
        <translation>Skriv inn server, database og bruker.</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/receipt_actions.py" line="56"/>
        <source>No sale on this till yet to print.</source>
        <translation>Ingen salg på denne kassen ennå å skrive ut.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/receipt_actions.py" line="102"/>
        <source>Receipt {number} saved as PDF: {path}</source>
        <translation>Kvittering {number} lagret som PDF: {path}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/receipt_actions.py" line="106"/>
        <source>Copy of receipt {number} printed.</source>
        <translation>Kopi av kvittering {number} skrevet ut.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/receipt_actions.py" line="110"/>
        <source>Receipt {number} printed.</source>
        <translation>Kvittering {number} skrevet ut.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/receipt_actions.py" line="116"/>
        <source>The receipt printer ({printer}) did not print: {reason}. The sale is recorded. Check power and paper, then press Ctrl+P to print the receipt.</source>
        <translation>Kvitteringsskriveren ({printer}) skrev ikke ut: {reason}. Salget er registrert. Sjekk strøm og papir, og trykk så Ctrl+P for å skrive ut kvitteringen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/receipt_actions.py" line="121"/>
        <source>The receipt and its one copy are already printed; no more copies (the law allows one).</source>
        <translation>Kvitteringen og den ene kopien er allerede skrevet ut; ingen flere kopier (loven tillater én).</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/receipt_actions.py" line="131"/>
        <source>it cannot be reached on the network</source>
        <translation>den svarer ikke på nettverket</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/receipt_actions.py" line="132"/>
        <source>it refused the connection</source>
        <translation>den avviste tilkoblingen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/receipt_actions.py" line="133"/>
        <source>it did not answer in time</source>
        <translation>den svarte ikke i tide</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/receipt_actions.py" line="134"/>
        <source>it broke off the connection</source>
        <translation>den brøt tilkoblingen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/receipt_actions.py" line="135"/>
        <source>it is not connected</source>
        <translation>den er ikke tilkoblet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/receipt_actions.py" line="136"/>
        <source>another program is using it</source>
        <translation>et annet program bruker den</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/receipt_actions.py" line="137"/>
        <source>this computer may not use it</source>
        <translation>denne maskinen har ikke tilgang til den</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/receipt_actions.py" line="138"/>
        <source>it reported an error</source>
        <translation>den meldte en feil</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/receipt_actions.py" line="148"/>
        <source>No receipt printer drives the drawer here: open it with its key.</source>
        <translation>Ingen kvitteringsskriver styrer skuffen her: åpne den med nøkkelen.</translation>
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
    <name>ReportTexts</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="34"/>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="35"/>
        <source>Card</source>
        <translation>Bankkort</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="36"/>
        <source>Vipps</source>
        <translation>Vipps</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="37"/>
        <source>Gift card</source>
        <translation>Gavekort</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/overview.py" line="38"/>
        <source>Store credit</source>
        <translation>Tilgodelapp</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reports_screen.py" line="72"/>
        <location filename="../../omigjen_pos/ui/screens/reports/reports_screen.py" line="106"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reports_screen.py" line="76"/>
        <source>Shop</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reports_screen.py" line="78"/>
        <source>All shops</source>
        <translation>Alle butikker</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reports_screen.py" line="84"/>
        <source>Managers see the figures of their own shop.</source>
        <translation>Butikksjefer ser tallene for sin egen butikk.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reports_screen.py" line="85"/>
        <source>&amp;Shop:</source>
        <translation>&amp;Butikk:</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reports_screen.py" line="87"/>
        <source>Refresh (F5)</source>
        <translation>Oppdater (F5)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reports_screen.py" line="88"/>
        <source>Refresh the figures</source>
        <translation>Oppdater tallene</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reports_screen.py" line="93"/>
        <source>Loading figures</source>
        <translation>Henter tall</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reports_screen.py" line="100"/>
        <source>Figures shown</source>
        <translation>Tall som vises</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reports_screen.py" line="101"/>
        <source>Reports message</source>
        <translation>Melding om rapportene</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reports_screen.py" line="107"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reports_screen.py" line="108"/>
        <source>Reuse figures</source>
        <translation>Ombrukstall</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reports_screen.py" line="199"/>
        <source>{shop}, {period} · updated {time}</source>
        <translation>{shop}, {period} · oppdatert {time}</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="46"/>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="47"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="50"/>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="50"/>
        <source>scan the receipt, or type its number</source>
        <translation>skann kvitteringen, eller skriv nummeret</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="54"/>
        <source>Which sale</source>
        <translation>Hvilket salg</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="58"/>
        <source>Lines to return</source>
        <translation>Linjer som returneres</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="60"/>
        <source>Refund to</source>
        <translation>Betal tilbake til</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="62"/>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="63"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="64"/>
        <source>Vipps</source>
        <translation>Vipps</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="65"/>
        <source>Store credit (tilgodelapp)</source>
        <translation>Tilgodelapp</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="69"/>
        <source>The items go</source>
        <translation>Varene går</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="71"/>
        <source>Back into stock</source>
        <translation>Tilbake på lager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="72"/>
        <source>To the workbench for a look or repair</source>
        <translation>Til verkstedet for sjekk eller reparasjon</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="73"/>
        <source>To disposal</source>
        <translation>Til kassering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="77"/>
        <source>Card or Vipps reference</source>
        <translation>Kort- eller Vipps-referanse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="77"/>
        <source>from the terminal or the app</source>
        <translation>fra terminalen eller appen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="79"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="82"/>
        <source>Refund (Enter)</source>
        <translation>Betal tilbake (Enter)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="82"/>
        <source>Back (Esc)</source>
        <translation>Tilbake (Esc)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="133"/>
        <source>{till} receipt {number}, {when}, {total}</source>
        <translation>{till} kvittering {number}, {when}, {total}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="165"/>
        <source>{line} (already returned)</source>
        <translation>{line} (allerede returnert)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="173"/>
        <source>Every line of this receipt is already returned.</source>
        <translation>Alle linjene på denne kvitteringen er allerede returnert.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/return_dialog.py" line="185"/>
        <source>Tick the lines the customer brings back.</source>
        <translation>Kryss av linjene kunden leverer tilbake.</translation>
    </message>
</context>
<context>
    <name>ReuseTab</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="118"/>
        <source>Reuse figures</source>
        <translation>Ombrukstall</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="121"/>
        <source>Reused items sold in the period, less returns: how many, their registered weight and what they sold for. Training sales and stock articles are left out.</source>
        <translation>Brukte gjenstander solgt i perioden, fratrukket returer: hvor mange, registrert vekt og hva de ble solgt for. Treningssalg og lagervarer er ikke med.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="128"/>
        <source>Reuse figures per shop and category</source>
        <translation>Ombrukstall per butikk og kategori</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="136"/>
        <source>Items without weight</source>
        <translation>Gjenstander uten vekt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="137"/>
        <source>Save CSV…</source>
        <translation>Lagre CSV …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="138"/>
        <source>Save the reuse figures as CSV</source>
        <translation>Lagre ombrukstallene som CSV</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="140"/>
        <source>Save PDF…</source>
        <translation>Lagre PDF …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="141"/>
        <source>Save the reuse figures as PDF</source>
        <translation>Lagre ombrukstallene som PDF</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="145"/>
        <source>Reuse message</source>
        <translation>Melding om ombrukstallene</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="166"/>
        <source>{count} items have no registered weight and add nothing to the kg.</source>
        <translation>{count} gjenstander har ingen registrert vekt og er ikke med i kiloene.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="184"/>
        <source>Save reuse figures</source>
        <translation>Lagre ombrukstall</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="191"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="195"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="209"/>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="212"/>
        <source>Saved to {path}</source>
        <translation>Lagret i {path}</translation>
    </message>
</context>
<context>
    <name>ReuseTableModel</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="51"/>
        <source>Shop</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="52"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="53"/>
        <source>Items</source>
        <translation>Gjenstander</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="54"/>
        <source>Weight (kg)</source>
        <translation>Vekt (kg)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="55"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/reuse_tab.py" line="105"/>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
</context>
<context>
    <name>RuleRow</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="29"/>
        <source>Days on the shelf</source>
        <translation>Dager på hylla</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="30"/>
        <source>Tag colour</source>
        <translation>Lappfarge</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="34"/>
        <source>after </source>
        <translation>etter </translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="35"/>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="43"/>
        <source> % off</source>
        <translation> % avslag</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="44"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="61"/>
        <source>Rule {number}: kind</source>
        <translation>Regel {number}: type</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="62"/>
        <source>Rule {number}: days</source>
        <translation>Regel {number}: dager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="63"/>
        <source>Rule {number}: colour</source>
        <translation>Regel {number}: farge</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="64"/>
        <source>Rule {number}: percent off</source>
        <translation>Regel {number}: prosent avslag</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="65"/>
        <source>Remove rule {number}</source>
        <translation>Fjern regel {number}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="69"/>
        <source>Blue tags</source>
        <translation>Blå lapper</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="70"/>
        <source>Green tags</source>
        <translation>Grønne lapper</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="71"/>
        <source>Yellow tags</source>
        <translation>Gule lapper</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="72"/>
        <source>Red tags</source>
        <translation>Røde lapper</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="73"/>
        <source>Orange tags</source>
        <translation>Oransje lapper</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/markdown_editor.py" line="74"/>
        <source>Purple tags</source>
        <translation>Lilla lapper</translation>
    </message>
</context>
<context>
    <name>SalesExportRow</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="51"/>
        <source>Export sales…</source>
        <translation>Eksporter salg …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="53"/>
        <source>Export the sales of the period for the accountant</source>
        <translation>Eksporter salget i perioden til regnskapsføreren</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="56"/>
        <source>SAF-T file…</source>
        <translation>SAF-T-fil …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="58"/>
        <source>Export the shop&apos;s SAF-T Cash Register file for the period</source>
        <translation>Eksporter butikkens SAF-T Kassa-fil for perioden</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="62"/>
        <source>Export progress</source>
        <translation>Framdrift for eksporten</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="64"/>
        <source>Cancel export</source>
        <translation>Avbryt eksporten</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="70"/>
        <source>Export message</source>
        <translation>Melding om eksporten</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="87"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="87"/>
        <source>CSV files for Excel (*.csv)</source>
        <translation>CSV-filer for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="89"/>
        <source>Export sales</source>
        <translation>Eksporter salg</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="109"/>
        <source>Folder for the SAF-T file</source>
        <translation>Mappe for SAF-T-filen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="119"/>
        <source>Choose one shop: a SAF-T file is per business.</source>
        <translation>Velg én butikk: en SAF-T-fil gjelder ett foretak.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="143"/>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="149"/>
        <source>SAF-T file with {count} transactions written to {path}</source>
        <translation>SAF-T-fil med {count} transaksjoner skrevet til {path}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="167"/>
        <source>{count} receipts exported to {path}</source>
        <translation>{count} kvitteringer eksportert til {path}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/reports/sales_export_row.py" line="175"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksporten er avbrutt; ingen fil ble skrevet.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/settings_screen.py" line="33"/>
        <location filename="../../omigjen_pos/ui/screens/settings/settings_screen.py" line="34"/>
        <location filename="../../omigjen_pos/ui/screens/settings/settings_screen.py" line="41"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/settings_screen.py" line="44"/>
        <source>This till ({code})</source>
        <translation>Denne kassen ({code})</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/settings_screen.py" line="48"/>
        <source>The shop</source>
        <translation>Butikken</translation>
    </message>
</context>
<context>
    <name>SettingsTexts</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="102"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="103"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="104"/>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="105"/>
        <source>Printer address</source>
        <translation>Skriverens adresse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="106"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="107"/>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="108"/>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="109"/>
        <source>Paper</source>
        <translation>Papir</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="110"/>
        <source>Characters a line</source>
        <translation>Tegn per linje</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="111"/>
        <source>Printer name</source>
        <translation>Skrivernavn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="112"/>
        <source>Receipt footer</source>
        <translation>Tekst nederst på kvitteringen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="113"/>
        <source>Cashiers&apos; price-cut limit</source>
        <translation>Kasserernes grense for prisavslag</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="114"/>
        <source>Markdown rules</source>
        <translation>Nedsettingsregler</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="121"/>
        <source>The settings file cannot be read ({detail}). Correct it or move it away.</source>
        <translation>Innstillingsfilen kan ikke leses ({detail}). Rett den, eller flytt den bort.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="128"/>
        <source>fill it in</source>
        <translation>fyll det ut</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="129"/>
        <source>write it as postgresql://user@server:5432/database or as the path of a SQLite file</source>
        <translation>skriv den som postgresql://bruker@server:5432/database eller som stien til en SQLite-fil</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="133"/>
        <source>choose a language from the list</source>
        <translation>velg et språk i listen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="134"/>
        <source>type the printer&apos;s IP address (e.g. 10.0.0.5) or host name</source>
        <translation>skriv skriverens IP-adresse (f.eks. 10.0.0.5) eller vertsnavn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="137"/>
        <source>type the port in the Port field, not after the address</source>
        <translation>skriv porten i feltet Port, ikke etter adressen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="140"/>
        <source>a whole number from 1 to 65535 (usually 9100)</source>
        <translation>et heltall fra 1 til 65535 (vanligvis 9100)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="143"/>
        <source>choose 80 mm or 58 mm</source>
        <translation>velg 80 mm eller 58 mm</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="144"/>
        <source>remove the tabs and special characters it holds</source>
        <translation>fjern tabulatorer og spesialtegn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="147"/>
        <source>at most {lines} lines fit under the receipt</source>
        <translation>det er plass til høyst {lines} linjer nederst på kvitteringen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="150"/>
        <source>a line may have at most {width} characters on an 80 mm receipt</source>
        <translation>en linje kan ha høyst {width} tegn på en 80 mm kvittering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="153"/>
        <source>from 0 to 100 %</source>
        <translation>fra 0 til 100 %</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="154"/>
        <source>a markdown is above 0 and at most 100 %</source>
        <translation>en nedsetting er over 0 og høyst 100 %</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="155"/>
        <source>the number of days is a whole number from 0 to {days}</source>
        <translation>antall dager er et heltall fra 0 til {days}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="158"/>
        <source>choose a tag colour</source>
        <translation>velg en lappfarge</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="159"/>
        <source>two rules for the same age or colour: remove one of them</source>
        <translation>to regler for samme alder eller farge: fjern den ene</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/common.py" line="164"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
</context>
<context>
    <name>SetupTexts</name>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="35"/>
        <source>A new store file will be made: {server}.</source>
        <translation>En ny databasefil lages: {server}.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="37"/>
        <source>Connected. The database is empty: the set-up will create the tables.</source>
        <translation>Tilkoblet. Databasen er tom: oppsettet lager tabellene.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="41"/>
        <source>Connected. The database has the tables of an older Omigjen POS (version {revision}) and no centre yet; they will be upgraded to version {head}.</source>
        <translation>Tilkoblet. Databasen har tabellene til en eldre Omigjen POS (versjon {revision}) og ikke noe senter ennå; de oppgraderes til versjon {head}.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="47"/>
        <source>Connected. The database has the Omigjen POS tables and no centre yet.</source>
        <translation>Tilkoblet. Databasen har Omigjen POS-tabellene og ikke noe senter ennå.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="51"/>
        <source>Connected. The database already holds the centre «{name}»: go on to log in.</source>
        <translation>Tilkoblet. Databasen har allerede senteret «{name}»: gå videre for å logge inn.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="55"/>
        <source>Could not use the database at {server}: {detail}</source>
        <translation>Kunne ikke bruke databasen på {server}: {detail}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="62"/>
        <source>The server has no database «{database}». You may create it: press Create database.</source>
        <translation>Serveren har ingen database «{database}». Du kan opprette den: trykk Opprett databasen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="67"/>
        <source>The server has no database «{database}», and {user} may not create one. Correct the name, or ask the server&apos;s administrator to create it.</source>
        <translation>Serveren har ingen database «{database}», og {user} har ikke lov til å opprette en. Rett navnet, eller be den som driver serveren om å opprette den.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="74"/>
        <source>The database was set up by a newer Omigjen POS (version {revision}). Install that version on this machine.</source>
        <translation>Databasen er satt opp av en nyere Omigjen POS (versjon {revision}). Installer den versjonen på denne maskinen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="79"/>
        <source>The database holds other tables ({detail}) that are not Omigjen POS&apos;s. Choose an empty database.</source>
        <translation>Databasen har andre tabeller ({detail}) som ikke hører til Omigjen POS. Velg en tom database.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="84"/>
        <source>No server is known by the name «{host}». Check the host name.</source>
        <translation>Ingen server er kjent under navnet «{host}». Sjekk servernavnet.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="87"/>
        <source>Nothing answers at {host}, port {port}. Check the host and the port, and that PostgreSQL is running there.</source>
        <translation>Ingenting svarer på {host}, port {port}. Sjekk server og port, og at PostgreSQL kjører der.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="92"/>
        <source>{host} did not answer in time. Check the address, the network and any firewall.</source>
        <translation>{host} svarte ikke i tide. Sjekk adressen, nettverket og eventuelle brannmurer.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="96"/>
        <source>The server asks for the password of {user}. Type the password.</source>
        <translation>Serveren vil ha passordet til {user}. Skriv inn passordet.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="99"/>
        <source>The server refused the password of {user}. Check the user name and the password.</source>
        <translation>Serveren godtok ikke passordet til {user}. Sjekk brukernavnet og passordet.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="103"/>
        <source>The server has no user «{user}». Check the user name.</source>
        <translation>Serveren har ingen bruker «{user}». Sjekk brukernavnet.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="106"/>
        <source>The server does not accept {user} from this machine (pg_hba.conf). Ask the server&apos;s administrator to allow it.</source>
        <translation>Serveren tar ikke imot {user} fra denne maskinen (pg_hba.conf). Be den som driver serveren om å tillate det.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="112"/>
        <source>{user} may not use the database «{database}» ({detail}). Ask the server&apos;s administrator for access.</source>
        <translation>{user} har ikke tilgang til databasen «{database}» ({detail}). Be den som driver serveren om tilgang.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="117"/>
        <source>{user} may connect but not create tables in «{database}» ({detail}). Ask the server&apos;s administrator to make {user} the owner of the database.</source>
        <translation>{user} kan koble til, men ikke lage tabeller i «{database}» ({detail}). Be den som driver serveren om å gjøre {user} til eier av databasen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="122"/>
        <source>The server lacks the pg_trgm extension that item search needs. Ask the administrator to install PostgreSQL&apos;s contrib package.</source>
        <translation>Serveren mangler utvidelsen pg_trgm som varesøket trenger. Be den som driver serveren om å installere PostgreSQLs contrib-pakke.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="127"/>
        <source>Cannot write in {detail}. Choose a folder you may write to.</source>
        <translation>Kan ikke skrive i {detail}. Velg en mappe du kan skrive i.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="130"/>
        <source>{server} is not a store file ({detail}). Choose another file name.</source>
        <translation>{server} er ikke en databasefil ({detail}). Velg et annet filnavn.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="143"/>
        <source>An org. number is nine digits.</source>
        <translation>Et org.nr. har ni sifre.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="147"/>
        <source>✓ {number} is a valid org. number.</source>
        <translation>✓ {number} er et gyldig org.nr.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="150"/>
        <source>{number} is not a valid org. number: the check digit (mod 11) does not fit. Check the digits.</source>
        <translation>{number} er ikke et gyldig org.nr.: kontrollsifferet (mod 11) stemmer ikke. Sjekk sifrene.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="159"/>
        <source>This database already holds the centre «{name}». Choose another database or file for a new centre.</source>
        <translation>Denne databasen har allerede senteret «{name}». Velg en annen database eller fil for et nytt senter.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="166"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="174"/>
        <source>Centre name</source>
        <translation>Senterets navn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="175"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="176"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="177"/>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="178"/>
        <source>Shops</source>
        <translation>Butikker</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="179"/>
        <source>Shop code</source>
        <translation>Butikkode</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="180"/>
        <source>Shop name</source>
        <translation>Butikknavn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="181"/>
        <source>Org. number</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="182"/>
        <source>Tills</source>
        <translation>Kasser</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="183"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="184"/>
        <source>Manager&apos;s name</source>
        <translation>Lederens navn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="185"/>
        <source>User number</source>
        <translation>Brukernummer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="191"/>
        <source>a name is needed</source>
        <translation>navn mangler</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="192"/>
        <source>2 to 12 letters A-Z or digits</source>
        <translation>2 til 12 bokstaver A–Z eller sifre</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="193"/>
        <source>not a valid Norwegian organisation number (nine digits, mod 11)</source>
        <translation>ikke et gyldig norsk organisasjonsnummer (ni sifre, mod 11)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="196"/>
        <source>two shops have the same code</source>
        <translation>to butikker har samme kode</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="197"/>
        <source>choose at least one category</source>
        <translation>velg minst én kategori</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/texts.py" line="198"/>
        <source>a number from 1 to 999999</source>
        <translation>et tall fra 1 til 999999</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../omigjen_pos/ui/setup/wizard.py" line="44"/>
        <source>Omigjen POS – set-up</source>
        <translation>Omigjen POS – oppsett</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/wizard.py" line="45"/>
        <source>Set-up</source>
        <translation>Oppsett</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/wizard.py" line="49"/>
        <source>&lt; Back</source>
        <translation>&lt; Tilbake</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/wizard.py" line="50"/>
        <source>Next &gt;</source>
        <translation>Neste &gt;</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/wizard.py" line="51"/>
        <source>Finish</source>
        <translation>Fullfør</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/wizard.py" line="52"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/wizard.py" line="117"/>
        <source>Creating the centre…</source>
        <translation>Oppretter senteret …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/wizard.py" line="117"/>
        <source>Opening the store…</source>
        <translation>Åpner databasen …</translation>
    </message>
</context>
<context>
    <name>ShopRow</name>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="42"/>
        <source>Shop code {n}</source>
        <translation>Butikkode {n}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="42"/>
        <source>BRUKT</source>
        <translation>BRUKT</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="46"/>
        <source>Shop name {n}</source>
        <translation>Butikknavn {n}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="46"/>
        <source>e.g. Omigjen Bruktbutikk</source>
        <translation>f.eks. Omigjen Bruktbutikk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="49"/>
        <source>Org. number {n}</source>
        <translation>Org.nr. {n}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="49"/>
        <source>9 digits</source>
        <translation>9 sifre</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="52"/>
        <source>VAT registered</source>
        <translation>Mva-registrert</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="53"/>
        <source>VAT registered {n}</source>
        <translation>Mva-registrert {n}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="55"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="56"/>
        <source>Remove shop {n}</source>
        <translation>Fjern butikk {n}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="59"/>
        <source>Org. number {n} message</source>
        <translation>Melding om org.nr. {n}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="63"/>
        <source>Shop {n}</source>
        <translation>Butikk {n}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="69"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="69"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="69"/>
        <source>Org. number</source>
        <translation>Org.nr.</translation>
    </message>
</context>
<context>
    <name>ShopSettingsPage</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="62"/>
        <source>The shop</source>
        <translation>Butikken</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="65"/>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="123"/>
        <source>Shop</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="74"/>
        <source>Receipt footer</source>
        <translation>Tekst nederst på kvitteringen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="76"/>
        <source>E.g. return policy and opening hours</source>
        <translation>F.eks. bytterett og åpningstider</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="83"/>
        <source>Room left in the footer</source>
        <translation>Plass igjen i teksten</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="85"/>
        <source>VAT-registered: MVA after the org. number, VAT on sales</source>
        <translation>Mva-registrert: MVA etter org.nr., mva på salg</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="86"/>
        <source>VAT-registered</source>
        <translation>Mva-registrert</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="88"/>
        <source>Cashiers&apos; price-cut limit</source>
        <translation>Kasserernes grense for prisavslag</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="95"/>
        <source>How much a cashier may take off a price (new price or discount) without a manager&apos;s PIN. 0 %: every cut needs a manager.</source>
        <translation>Hvor mye en kasserer kan sette ned en pris (ny pris eller rabatt) uten lederens PIN. 0 %: hvert avslag må godkjennes av en leder.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="100"/>
        <source>Cashiers may take the X- and Z-reports</source>
        <translation>Kasserere kan ta ut X- og Z-rapporter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="101"/>
        <source>Cashiers may close the day</source>
        <translation>Kasserere kan ta dagsoppgjør</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="104"/>
        <source>Receipts</source>
        <translation>Kvitteringer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="106"/>
        <source>Footer</source>
        <translation>Tekst nederst</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="109"/>
        <source>Cashiers</source>
        <translation>Kasserere</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="111"/>
        <source>Price-cut limit</source>
        <translation>Grense for avslag</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="114"/>
        <source>Markdowns for ageing stock</source>
        <translation>Nedsetting av varer som har stått lenge</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="117"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="118"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="119"/>
        <source>Undo changes</source>
        <translation>Angre endringer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="178"/>
        <source>{lines} of {max_lines} lines; longest line {longest} of {width} characters</source>
        <translation>{lines} av {max_lines} linjer; lengste linje {longest} av {width} tegn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="227"/>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Ingenting å lagre: ingen innstilling er endret.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="238"/>
        <source>Mark {shop} as VAT-registered?

From the next sale its receipts show MVA after the org. number and VAT is charged on every sale. Do this only when the shop is in the VAT register (Merverdiavgiftsregisteret).</source>
        <translation>Merke {shop} som mva-registrert?

Fra neste salg viser kvitteringene MVA etter org.nr., og det beregnes mva på hvert salg. Gjør dette bare når butikken står i Merverdiavgiftsregisteret.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="244"/>
        <source>Mark {shop} as not VAT-registered?

From the next sale its receipts show no MVA and no VAT is charged. Do this only when the shop is no longer in the VAT register (Merverdiavgiftsregisteret).</source>
        <translation>Merke {shop} som ikke mva-registrert?

Fra neste salg viser kvitteringene ikke MVA, og det beregnes ingen mva. Gjør dette bare når butikken ikke lenger står i Merverdiavgiftsregisteret.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="250"/>
        <source>VAT registration</source>
        <translation>Mva-registrering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="256"/>
        <source>Yes, change it</source>
        <translation>Ja, endre</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="257"/>
        <source>No, keep it</source>
        <translation>Nei, behold</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="268"/>
        <source>Nothing saved. Change the VAT box back or save again.</source>
        <translation>Ingenting er lagret. Sett mva-valget tilbake, eller lagre igjen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="282"/>
        <source>Saved for {shop}.</source>
        <translation>Lagret for {shop}.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="284"/>
        <source>New receipts carry the new footer.</source>
        <translation>Nye kvitteringer får den nye teksten nederst.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="287"/>
        <source>Sales from now on are with VAT.</source>
        <translation>Salg fra nå av er med mva.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="289"/>
        <source>Sales from now on are without VAT.</source>
        <translation>Salg fra nå av er uten mva.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/shop_page.py" line="292"/>
        <source>Cashiers see the change to the reports at their next login.</source>
        <translation>Kassererne ser endringen for rapportene neste gang de logger inn.</translation>
    </message>
</context>
<context>
    <name>ShopsPage</name>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="114"/>
        <source>Shops</source>
        <translation>Butikker</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="117"/>
        <source>Each shop is its own business with its own org. number, receipts and reports. The code (2 to 12 letters or digits) names its tills: BRUKT-1.</source>
        <translation>Hver butikk er sin egen virksomhet med eget org.nr., egne kvitteringer og rapporter. Koden (2 til 12 bokstaver eller sifre) gir kassene navn: BRUKT-1.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="123"/>
        <source>Add a shop</source>
        <translation>Legg til butikk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="127"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/shops_page.py" line="185"/>
        <source>Two shops have the code {code}; each shop needs its own.</source>
        <translation>To butikker har koden {code}; hver butikk må ha sin egen.</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="79"/>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="81"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="82"/>
        <source>Search name, description or barcode…</source>
        <translation>Søk i navn, beskrivelse eller strekkode …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="84"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="88"/>
        <source>Condition</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="90"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="92"/>
        <source>Time on the shelf</source>
        <translation>Tid på hylla</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="95"/>
        <source>Any age</source>
        <translation>Alle aldre</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="96"/>
        <source>Under a week</source>
        <translation>Under en uke</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="97"/>
        <source>Over 30 days</source>
        <translation>Over 30 dager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="98"/>
        <source>Over 60 days</source>
        <translation>Over 60 dager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="99"/>
        <source>Over 90 days</source>
        <translation>Over 90 dager</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="105"/>
        <source>Whole centre</source>
        <translation>Hele senteret</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="106"/>
        <source>Search every shop in the centre</source>
        <translation>Søk i alle butikkene i senteret</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="108"/>
        <source>Number of items found</source>
        <translation>Antall varer funnet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="111"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="115"/>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="128"/>
        <source>Change price…</source>
        <translation>Endre pris …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="130"/>
        <source>Change description…</source>
        <translation>Endre beskrivelse …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="133"/>
        <source>Dispose…</source>
        <translation>Kasser …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="136"/>
        <source>Recycle…</source>
        <translation>Resirkuler …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="138"/>
        <source>Count…</source>
        <translation>Tell …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="139"/>
        <source>Print labels…</source>
        <translation>Skriv etiketter …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="154"/>
        <source>All: {what}</source>
        <translation>Alle: {what}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="246"/>
        <source>{count} items</source>
        <translation>{count} varer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="264"/>
        <source>Choose one item in the list first.</source>
        <translation>Velg én vare i listen først.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="306"/>
        <source>Change price</source>
        <translation>Endre pris</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="307"/>
        <source>New price for {name} (kroner):</source>
        <translation>Ny pris for {name} (kroner):</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="318"/>
        <source>Change description</source>
        <translation>Endre beskrivelse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="327"/>
        <source>Recycle item</source>
        <translation>Resirkuler vare</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="327"/>
        <source>Dispose of item</source>
        <translation>Kasser vare</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="329"/>
        <source>Why does {name} leave the stock?</source>
        <translation>Hvorfor tas {name} ut av lageret?</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="339"/>
        <source>Stock count</source>
        <translation>Varetelling</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="340"/>
        <source>Damaged</source>
        <translation>Skadet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="341"/>
        <source>Found</source>
        <translation>Funnet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="342"/>
        <source>Delivery received</source>
        <translation>Levering mottatt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="346"/>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="357"/>
        <source>Count</source>
        <translation>Telling</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="347"/>
        <source>Change in quantity for {name} (now {quantity}):</source>
        <translation>Endring i antall for {name} (nå {quantity}):</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="357"/>
        <source>Reason:</source>
        <translation>Årsak:</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="366"/>
        <source>Print labels</source>
        <translation>Skriv etiketter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="366"/>
        <source>Select the items to print labels for.</source>
        <translation>Merk varene du vil skrive etiketter for.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="231"/>
        <source>Ready to create the centre</source>
        <translation>Klar til å opprette senteret</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="232"/>
        <source>Check what will be created. Finish creates it.</source>
        <translation>Sjekk det som blir opprettet. Fullfør oppretter det.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="235"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="236"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="249"/>
        <source>{code} – {name}, org. number {org}{mva}; tills {tills}</source>
        <translation>{code} – {name}, org.nr. {org}{mva}; kasser {tills}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="261"/>
        <source>Store</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="262"/>
        <source>Centre</source>
        <translation>Senter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="263"/>
        <source>Shops</source>
        <translation>Butikker</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="265"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="269"/>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
</context>
<context>
    <name>TillSettingsPage</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="85"/>
        <source>This till</source>
        <translation>Denne kassen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="90"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="91"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="92"/>
        <source>Undo changes</source>
        <translation>Angre endringer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="110"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="112"/>
        <source>Database in use now</source>
        <translation>Databasen som brukes nå</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="115"/>
        <source>Database for the next start</source>
        <translation>Database ved neste oppstart</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="117"/>
        <source>Empty: the SQLite file in this computer&apos;s data folder</source>
        <translation>Tomt: SQLite-filen i datamappen på denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="119"/>
        <source>Test connection</source>
        <translation>Test tilkoblingen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="125"/>
        <source>A new database is used from the next start of Omigjen POS. The password is shown as ***; leave it so to keep it.</source>
        <translation>En ny database tas i bruk neste gang Omigjen POS starter. Passordet vises som ***; la det stå slik for å beholde det.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="130"/>
        <source>Connection test</source>
        <translation>Tilkoblingstest</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="135"/>
        <source>In use now</source>
        <translation>I bruk nå</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="136"/>
        <source>Next start</source>
        <translation>Neste oppstart</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="141"/>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="143"/>
        <source>Receipt printer</source>
        <translation>Kvitteringsskriver</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="145"/>
        <source>None: receipts are saved as PDF files</source>
        <translation>Ingen: kvitteringer lagres som PDF-filer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="146"/>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="193"/>
        <source>PDF files in a folder</source>
        <translation>PDF-filer i en mappe</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="147"/>
        <source>Network receipt printer</source>
        <translation>Kvitteringsskriver i nettverket</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="148"/>
        <source>USB or serial receipt printer</source>
        <translation>Kvitteringsskriver på USB eller seriell port</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="149"/>
        <source>This computer&apos;s default printer (A4)</source>
        <translation>Standardskriveren på denne datamaskinen (A4)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="153"/>
        <source>Printer address</source>
        <translation>Skriverens adresse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="156"/>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="177"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="161"/>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="178"/>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="164"/>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="180"/>
        <source>Receipt folder</source>
        <translation>Mappe for kvitteringer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="166"/>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="182"/>
        <source>Paper</source>
        <translation>Papir</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="167"/>
        <source>80 mm roll</source>
        <translation>80 mm rull</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="168"/>
        <source>58 mm roll</source>
        <translation>58 mm rull</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="169"/>
        <source>Test print</source>
        <translation>Testutskrift</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="170"/>
        <source>Test print on the receipt printer</source>
        <translation>Testutskrift på kvitteringsskriveren</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="173"/>
        <source>Receipt printer test</source>
        <translation>Test av kvitteringsskriveren</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="175"/>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="209"/>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="176"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="180"/>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="211"/>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="188"/>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="190"/>
        <source>Label printer</source>
        <translation>Etikettskriver</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="192"/>
        <source>None: labels are saved as PDF files</source>
        <translation>Ingen: etiketter lagres som PDF-filer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="194"/>
        <source>A printer of this computer</source>
        <translation>En skriver på denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="198"/>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="211"/>
        <source>Label folder</source>
        <translation>Mappe for etiketter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="201"/>
        <source>Label printer name</source>
        <translation>Etikettskriverens navn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="203"/>
        <source>Test label</source>
        <translation>Testetikett</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="204"/>
        <source>Print a test label</source>
        <translation>Skriv ut en testetikett</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="207"/>
        <source>Label printer test</source>
        <translation>Test av etikettskriveren</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="213"/>
        <source>Printer name</source>
        <translation>Skrivernavn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="215"/>
        <source>Labels print on 62 × 29 mm rolls; A4 sheets from the label dialog.</source>
        <translation>Etiketter skrives på 62 × 29 mm ruller; A4-ark fra etikettdialogen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="222"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="224"/>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="229"/>
        <source>Interface language</source>
        <translation>Språk i programmet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="231"/>
        <source>Used from the next start. Receipts, labels and reports are always Norwegian.</source>
        <translation>Brukes fra neste oppstart. Kvitteringer, etiketter og rapporter er alltid på norsk.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="237"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="238"/>
        <source>Choose a folder for {what}</source>
        <translation>Velg en mappe: {what}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="363"/>
        <source>Saved in {path}.</source>
        <translation>Lagret i {path}.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="364"/>
        <source>The printers are used from now on.</source>
        <translation>Skriverne brukes fra nå av.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="366"/>
        <source>The database and the language change at the next start.</source>
        <translation>Databasen og språket endres ved neste oppstart.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="397"/>
        <source>Connecting…</source>
        <translation>Kobler til …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="418"/>
        <source>Connected to {server}. It holds no Omigjen POS data yet; the next start prepares it.</source>
        <translation>Koblet til {server}. Den har ingen data fra Omigjen POS ennå; neste oppstart gjør den klar.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="410"/>
        <source>Connected to {server}. It has no centre yet.</source>
        <translation>Koblet til {server}. Den har ikke noe senter ennå.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="408"/>
        <source>Connected to {server}: {centre}.</source>
        <translation>Koblet til {server}: {centre}.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="413"/>
        <source>There is no Omigjen POS data in {server} yet. A new, empty store would be made there at the next start.</source>
        <translation>Det finnes ingen data fra Omigjen POS i {server} ennå. En ny, tom database lages der ved neste oppstart.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="442"/>
        <source>Printing…</source>
        <translation>Skriver ut …</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="453"/>
        <source>Test page saved as {path}.</source>
        <translation>Testsiden er lagret som {path}.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="458"/>
        <source>Test page sent to {printer}. Check the æ ø å and the ruler.</source>
        <translation>Testsiden er sendt til {printer}. Sjekk æ ø å og linjalen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="471"/>
        <source>it cannot be reached on the network</source>
        <translation>den kan ikke nås i nettverket</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="472"/>
        <source>it refused the connection</source>
        <translation>den avviste tilkoblingen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="473"/>
        <source>it did not answer in time</source>
        <translation>den svarte ikke i tide</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="474"/>
        <source>it broke off the connection</source>
        <translation>den brøt tilkoblingen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="475"/>
        <source>it is not connected</source>
        <translation>den er ikke koblet til</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="476"/>
        <source>another program is using it</source>
        <translation>et annet program bruker den</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="477"/>
        <source>this computer may not use it</source>
        <translation>denne datamaskinen har ikke tilgang til den</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="478"/>
        <source>it reported an error</source>
        <translation>den meldte om en feil</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="480"/>
        <source>The printer {printer} did not print: {reason}. Check that it is on, has paper and is connected, and check the address.</source>
        <translation>Skriveren {printer} skrev ikke ut: {reason}. Sjekk at den er slått på, har papir og er koblet til, og sjekk adressen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="500"/>
        <source>Test label saved as {path}.</source>
        <translation>Testetiketten er lagret som {path}.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="513"/>
        <source>There is no printer called {name} on this computer.</source>
        <translation>Det finnes ingen skriver som heter {name} på denne datamaskinen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="515"/>
        <source>This computer has no default printer.</source>
        <translation>Denne datamaskinen har ingen standardskriver.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/settings/till_page.py" line="523"/>
        <source>Test page sent to {printer}.</source>
        <translation>Testsiden er sendt til {printer}.</translation>
    </message>
</context>
<context>
    <name>TillsPage</name>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="76"/>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="94"/>
        <source>Tills</source>
        <translation>Kasser</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="78"/>
        <source>How many tills (cash registers) each shop has. Each till gets a code.</source>
        <translation>Hvor mange kasser hver butikk har. Hver kasse får en kode.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="94"/>
        <source>Shop</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="94"/>
        <source>Till codes</source>
        <translation>Kassekoder</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/setup/centre_pages.py" line="102"/>
        <source>Tills in {shop}</source>
        <translation>Kasser i {shop}</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/value_dialog.py" line="46"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/value_dialog.py" line="48"/>
        <source>OK (Enter)</source>
        <translation>OK (Enter)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/value_dialog.py" line="48"/>
        <source>Back (Esc)</source>
        <translation>Tilbake (Esc)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="46"/>
        <source>Workspace</source>
        <translation>Arbeidsflate</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="48"/>
        <source>{user} · {shop} · {till} ({code})</source>
        <translation>{user} · {shop} · {till} ({code})</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="56"/>
        <source>Logged in as</source>
        <translation>Innlogget som</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="57"/>
        <location filename="../../omigjen_pos/ui/workspace.py" line="58"/>
        <source>Log out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="59"/>
        <source>Log out (Ctrl+L)</source>
        <translation>Logg ut (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="65"/>
        <source>Screens</source>
        <translation>Skjermbilder</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="122"/>
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="122"/>
        <source>Selling at the till comes here.</source>
        <translation>Salg i kassen kommer her.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="124"/>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="124"/>
        <source>Registering items and printing labels comes here.</source>
        <translation>Registrering av varer og utskrift av etiketter kommer her.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="126"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="126"/>
        <source>X and Z reports and exports come here.</source>
        <translation>X- og Z-rapporter og eksport kommer her.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="128"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="129"/>
        <source>Every event of the tills: search it, read receipts and reports, export it.</source>
        <translation>Alt som har skjedd på kassene: søk i det, les kvitteringer og rapporter, eksporter det.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="131"/>
        <source>Administration</source>
        <translation>Administrasjon</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="131"/>
        <source>Settings of this till and of the shop.</source>
        <translation>Innstillinger for denne kassen og butikken.</translation>
    </message>
</context>
</TS>
