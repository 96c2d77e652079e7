<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>App</name>
    <message>
        <location filename="../../omigjen_pos/app.py" line="101"/>
        <location filename="../../omigjen_pos/app.py" line="118"/>
        <source>Omigjen POS</source>
        <translation>Omigjen POS</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/app.py" line="113"/>
        <source>This database has no centre yet. Run &apos;omigjen-pos demo&apos; to try the demo centre.</source>
        <translation>Denne databasen har ikke noe senter ennå. Kjør «omigjen-pos demo» for å prøve demosenteret.</translation>
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
    <name>CheckoutScreen</name>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="107"/>
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="124"/>
        <source>Scan or type a barcode</source>
        <translation>Skann eller skriv en strekkode</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="125"/>
        <source>Scan or type a barcode, then Enter</source>
        <translation>Skann eller skriv strekkode, så Enter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="129"/>
        <source>Last scanned item</source>
        <translation>Sist skannede vare</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="132"/>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="136"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="138"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="139"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="140"/>
        <source>TRAINING MODE: not real sales</source>
        <translation>TRENINGSMODUS: ikke ekte salg</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="142"/>
        <source>Training mode</source>
        <translation>Treningsmodus</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="146"/>
        <source>Database unreachable</source>
        <translation>Databasen svarer ikke</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="155"/>
        <source>Basket</source>
        <translation>Handlekurv</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="167"/>
        <source>Pay (F12)</source>
        <translation>Betal (F12)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="169"/>
        <source>Remove line (F4)</source>
        <translation>Fjern linje (F4)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="170"/>
        <source>Quantity (F5)</source>
        <translation>Antall (F5)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="172"/>
        <source>Discount (F8)</source>
        <translation>Rabatt (F8)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="175"/>
        <source>Discount on sale (Shift+F8)</source>
        <translation>Rabatt på salget (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="177"/>
        <source>New price (F11)</source>
        <translation>Ny pris (F11)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="178"/>
        <source>Cancel sale (F9)</source>
        <translation>Avbryt salg (F9)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="179"/>
        <source>Park (F6)</source>
        <translation>Parker (F6)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="180"/>
        <source>Parked sales (F7)</source>
        <translation>Parkerte salg (F7)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="181"/>
        <source>Find item (F2)</source>
        <translation>Finn vare (F2)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="183"/>
        <source>Price check (F3)</source>
        <translation>Prissjekk (F3)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="185"/>
        <source>Return (F10)</source>
        <translation>Retur (F10)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="187"/>
        <source>Cash drawer (Ctrl+D)</source>
        <translation>Kasseskuff (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="190"/>
        <source>Print receipt (Ctrl+P)</source>
        <translation>Skriv ut kvittering (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="193"/>
        <source>Close the day (Ctrl+R)</source>
        <translation>Dagsoppgjør (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="283"/>
        <source>Opening float {amount} recorded.</source>
        <translation>Vekselkasse {amount} registrert.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="301"/>
        <source>An unfinished sale from before was restored: finish it, or cancel it with F9.</source>
        <translation>Et uavsluttet salg fra tidligere er hentet fram: fullfør det, eller avbryt med F9.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="333"/>
        <source>Count the opening float first.</source>
        <translation>Tell vekselkassen først.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="408"/>
        <source>The item is already sold on receipt {number}, {when}. Put it aside and call a manager.</source>
        <translation>Varen er allerede solgt på kvittering {number}, {when}. Legg den til side og tilkall en leder.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="413"/>
        <source>The item is in an open sale on till {till}. Finish or cancel that sale first.</source>
        <translation>Varen ligger i et åpent salg på kasse {till}. Fullfør eller avbryt det salget først.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="417"/>
        <source>The item belongs to another shop ({shop}). It must be paid there.</source>
        <translation>Varen tilhører en annen butikk ({shop}). Den må betales der.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="420"/>
        <source>The item is already in this sale.</source>
        <translation>Varen er allerede i dette salget.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="422"/>
        <source>No more of this article in stock. Check the count.</source>
        <translation>Ikke flere av denne varen på lager. Sjekk antallet.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="424"/>
        <source>Unknown barcode {code}. Check the number or register the item.</source>
        <translation>Ukjent strekkode {code}. Sjekk nummeret eller registrer varen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="427"/>
        <source>The item cannot be sold ({state}). Call a manager.</source>
        <translation>Varen kan ikke selges ({state}). Tilkall en leder.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="436"/>
        <source>The database cannot be reached ({server}). Keep the customer&apos;s items: scans, payments and returns are kept and sent again by themselves.</source>
        <translation>Får ikke kontakt med databasen ({server}). Behold kundens varer: skanninger, betalinger og returer tas vare på og sendes igjen av seg selv.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="445"/>
        <source>The database is back.</source>
        <translation>Databasen er tilbake.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="497"/>
        <source>Total {amount}</source>
        <translation>Totalt {amount}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="500"/>
        <source>Discounts {amount}</source>
        <translation>Rabatter {amount}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="542"/>
        <source>Cancel sale</source>
        <translation>Avbryt salg</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="543"/>
        <source>Cancel this sale and put the items back?</source>
        <translation>Avbryte dette salget og legge varene tilbake?</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="561"/>
        <source>Sale cancelled.</source>
        <translation>Salget er avbrutt.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="571"/>
        <source>Sale parked (F7 to take it up).</source>
        <translation>Salget er parkert (F7 for å hente det).</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="583"/>
        <source>No parked sales in this shop.</source>
        <translation>Ingen parkerte salg i denne butikken.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="586"/>
        <source>{till} · {cashier} · {lines} lines · {time}</source>
        <translation>{till} · {cashier} · {lines} linjer · {time}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="595"/>
        <source>Parked sales</source>
        <translation>Parkerte salg</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="595"/>
        <source>Take up which sale?</source>
        <translation>Hvilket salg vil du hente?</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="615"/>
        <source>Only a manager can switch training mode.</source>
        <translation>Bare en leder kan slå treningsmodus av og på.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="618"/>
        <source>Finish or park this sale before switching.</source>
        <translation>Fullfør eller parker dette salget før du bytter.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="639"/>
        <source>Wait until every scan has reached the database, then pay.</source>
        <translation>Vent til alle skanningene har nådd databasen, og ta så betalt.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/checkout_screen.py" line="675"/>
        <source>Receipt {number}: {total}. Change {change}.</source>
        <translation>Kvittering {number}: {total}. Veksel {change}.</translation>
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
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="205"/>
        <source>Finish or park this sale before closing the day.</source>
        <translation>Fullfør eller parker dette salget før dagsoppgjøret.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="237"/>
        <source>Z-report {number} is taken, but the printer did not print it: {error}</source>
        <translation>Z-rapport {number} er tatt ut, men skriveren skrev den ikke ut: {error}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="242"/>
        <source>Z-report {number} saved as PDF: {path}</source>
        <translation>Z-rapport {number} lagret som PDF: {path}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="247"/>
        <source>Day closed: Z-report {number}.</source>
        <translation>Dagen er avsluttet: Z-rapport {number}.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/counter_actions.py" line="258"/>
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
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="61"/>
        <source>A one-off item is always one.</source>
        <translation>En enkeltvare er alltid én.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="64"/>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="65"/>
        <source>How many of {name}?</source>
        <translation>Hvor mange {name}?</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="66"/>
        <source>e.g. 3</source>
        <translation>f.eks. 3</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="79"/>
        <source>New price</source>
        <translation>Ny pris</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="80"/>
        <source>Price per item for {name}, in kroner</source>
        <translation>Pris per stykk for {name}, i kroner</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="81"/>
        <source>e.g. 80</source>
        <translation>f.eks. 80</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="94"/>
        <source>Discount on the line</source>
        <translation>Rabatt på linjen</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="95"/>
        <source>Discount on {name}: 10 % or kroner</source>
        <translation>Rabatt på {name}: 10 % eller kroner</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="96"/>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="116"/>
        <source>e.g. 10 % or 50</source>
        <translation>f.eks. 10 % eller 50</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="114"/>
        <source>Discount on the sale</source>
        <translation>Rabatt på salget</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="115"/>
        <source>Discount on the whole sale: 10 % or kroner</source>
        <translation>Rabatt på hele salget: 10 % eller kroner</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/checkout/line_actions.py" line="160"/>
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
    <name>Messages</name>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="31"/>
        <source>Wrong PIN. {attempts} attempts left before the user is locked.</source>
        <translation>Feil PIN-kode. {attempts} forsøk igjen før brukeren sperres.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="35"/>
        <source>{name} is locked after too many wrong PINs. Ask a manager to unlock.</source>
        <translation>{name} er sperret etter for mange feil PIN-koder. Be en leder om å låse opp.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="39"/>
        <source>There is no user with number {number}. Check the number and try again.</source>
        <translation>Det finnes ingen bruker med nummer {number}. Sjekk nummeret og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="43"/>
        <source>There is no till {code}. Check the till code in the settings.</source>
        <translation>Det finnes ingen kasse {code}. Sjekk kassekoden i innstillingene.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="47"/>
        <source>{name} is not a manager in this shop and cannot approve.</source>
        <translation>{name} er ikke leder i denne butikken og kan ikke godkjenne.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="51"/>
        <source>{name} has no role in this shop. Ask a manager for access.</source>
        <translation>{name} har ingen rolle i denne butikken. Be en leder om tilgang.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="55"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>En PIN-kode har 4 til 8 sifre.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="59"/>
        <source>No item with barcode {code} in this shop.</source>
        <translation>Ingen vare med strekkode {code} i denne butikken.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="63"/>
        <source>There is no shop {code}. Check the shop code.</source>
        <translation>Det finnes ingen butikk {code}. Sjekk butikkoden.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="67"/>
        <source>No sale with receipt {number} in this shop. Check the number on the receipt.</source>
        <translation>Ingen salg med kvittering {number} i denne butikken. Sjekk nummeret på kvitteringen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="72"/>
        <source>No tilgodelapp or gift card with code {code} in this shop.</source>
        <translation>Ingen tilgodelapp eller gavekort med kode {code} i denne butikken.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="76"/>
        <source>That line is already returned; a line can be returned only once.</source>
        <translation>Den linjen er allerede returnert; en linje kan bare returneres én gang.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="80"/>
        <source>A training sale is returned in training mode only, and a real sale only outside it.</source>
        <translation>Et treningssalg returneres bare i treningsmodus, og et ekte salg bare utenfor den.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="85"/>
        <source>This sale was finished or parked on another till. Start a new sale.</source>
        <translation>Dette salget er fullført eller parkert på en annen kasse. Start et nytt salg.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="89"/>
        <source>The payments do not cover {due}: {paid} is not enough.</source>
        <translation>Betalingene dekker ikke {due}: {paid} er ikke nok.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="93"/>
        <source>The item {code} is {state} and cannot be changed.</source>
        <translation>Varen {code} har status {state} og kan ikke endres.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="97"/>
        <source>Cannot reach the database at {server}: {reason}. {hint}</source>
        <translation>Får ikke kontakt med databasen på {server}: {reason}. {hint}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="101"/>
        <source>The database was upgraded by a newer Omigjen POS. Install the newer version.</source>
        <translation>Databasen er oppgradert av en nyere Omigjen POS. Installer den nyere versjonen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="107"/>
        <source>Could not write the file or reach the printer ({detail}). Check that the printer is on and has paper, or choose another folder.</source>
        <translation>Kunne ikke skrive filen eller nå skriveren ({detail}). Sjekk at skriveren er på og har papir, eller velg en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="113"/>
        <source>Something went wrong. Try again; if it happens again, call the person responsible for the tills. Details are in the log file.</source>
        <translation>Noe gikk galt. Prøv igjen; skjer det igjen, ring den som har ansvar for kassene. Detaljer står i loggfilen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="122"/>
        <source>type an amount in kroner, e.g. 149,50</source>
        <translation>skriv et beløp i kroner, f.eks. 149,50</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="123"/>
        <source>a price is needed</source>
        <translation>pris mangler</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="124"/>
        <source>choose a category</source>
        <translation>velg en kategori</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="125"/>
        <source>a name is needed</source>
        <translation>navn mangler</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="126"/>
        <source>the name is too long</source>
        <translation>navnet er for langt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="127"/>
        <source>type the weight in kg, e.g. 1,5</source>
        <translation>skriv vekten i kg, f.eks. 1,5</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="128"/>
        <source>that is heavier than ten tonnes</source>
        <translation>det er tyngre enn ti tonn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="129"/>
        <source>type what we paid the private seller (needed for the margin scheme)</source>
        <translation>skriv hva vi betalte privatselgeren (trengs for bruktmomsordningen)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="132"/>
        <source>must be between 0 and 10 000 000 kroner</source>
        <translation>må være mellom 0 og 10 000 000 kroner</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="135"/>
        <source>not a valid EAN/UPC number; check the digits</source>
        <translation>ikke et gyldig EAN/UPC-nummer; sjekk sifrene</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="138"/>
        <source>that is an in-store number (starts with 2); type the manufacturer&apos;s</source>
        <translation>det er et butikknummer (starter med 2); skriv produsentens nummer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="141"/>
        <source>one-off items get our own barcode; leave it empty</source>
        <translation>enkeltvarer får vår egen strekkode; la feltet stå tomt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="144"/>
        <source>must be between 0 and 1 000 000</source>
        <translation>må være mellom 0 og 1 000 000</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="145"/>
        <source>say why the item leaves the stock</source>
        <translation>skriv hvorfor varen tas ut av lageret</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="148"/>
        <source>the change must not be zero</source>
        <translation>endringen kan ikke være null</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="149"/>
        <source>type a percentage such as 10 %</source>
        <translation>skriv en prosent, f.eks. 10 %</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="150"/>
        <source>must be above 0 and at most 100 %</source>
        <translation>må være over 0 og høyst 100 %</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="151"/>
        <source>type an amount above zero</source>
        <translation>skriv et beløp over null</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="152"/>
        <source>type a whole number from 1 to 9999</source>
        <translation>skriv et helt tall fra 1 til 9999</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="155"/>
        <source>a one-off item is always one</source>
        <translation>en enkeltvare er alltid én</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="156"/>
        <source>scan the receipt&apos;s barcode or type its number</source>
        <translation>skann strekkoden på kvitteringen eller skriv nummeret</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="159"/>
        <source>press Enter in the code field to look the voucher up first</source>
        <translation>trykk Enter i kodefeltet for å slå opp lappen først</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="162"/>
        <source>must be between 0 and 1 000 000 kroner</source>
        <translation>må være mellom 0 og 1 000 000 kroner</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="165"/>
        <source>say why, for the day&apos;s report</source>
        <translation>si hvorfor, for dagens rapport</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="168"/>
        <source>tick at least one line to return</source>
        <translation>kryss av minst én linje som skal returneres</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="177"/>
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
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="223"/>
        <source>{count} items</source>
        <translation>{count} varer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="242"/>
        <source>Choose one item in the list first.</source>
        <translation>Velg én vare i listen først.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="284"/>
        <source>Change price</source>
        <translation>Endre pris</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="285"/>
        <source>New price for {name} (kroner):</source>
        <translation>Ny pris for {name} (kroner):</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="296"/>
        <source>Change description</source>
        <translation>Endre beskrivelse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="305"/>
        <source>Recycle item</source>
        <translation>Resirkuler vare</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="305"/>
        <source>Dispose of item</source>
        <translation>Kasser vare</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="307"/>
        <source>Why does {name} leave the stock?</source>
        <translation>Hvorfor tas {name} ut av lageret?</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="317"/>
        <source>Stock count</source>
        <translation>Varetelling</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="318"/>
        <source>Damaged</source>
        <translation>Skadet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="319"/>
        <source>Found</source>
        <translation>Funnet</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="320"/>
        <source>Delivery received</source>
        <translation>Levering mottatt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="324"/>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="335"/>
        <source>Count</source>
        <translation>Telling</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="325"/>
        <source>Change in quantity for {name} (now {quantity}):</source>
        <translation>Endring i antall for {name} (nå {quantity}):</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="335"/>
        <source>Reason:</source>
        <translation>Årsak:</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="344"/>
        <source>Print labels</source>
        <translation>Skriv etiketter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/screens/inventory/stock_screen.py" line="344"/>
        <source>Select the items to print labels for.</source>
        <translation>Merk varene du vil skrive etiketter for.</translation>
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
        <location filename="../../omigjen_pos/ui/workspace.py" line="44"/>
        <source>Workspace</source>
        <translation>Arbeidsflate</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="46"/>
        <source>{user} · {shop} · {till} ({code})</source>
        <translation>{user} · {shop} · {till} ({code})</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="54"/>
        <source>Logged in as</source>
        <translation>Innlogget som</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="55"/>
        <location filename="../../omigjen_pos/ui/workspace.py" line="56"/>
        <source>Log out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="57"/>
        <source>Log out (Ctrl+L)</source>
        <translation>Logg ut (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="63"/>
        <source>Screens</source>
        <translation>Skjermbilder</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="99"/>
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="99"/>
        <source>Selling at the till comes here.</source>
        <translation>Salg i kassen kommer her.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="101"/>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="101"/>
        <source>Registering items and printing labels comes here.</source>
        <translation>Registrering av varer og utskrift av etiketter kommer her.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="103"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="103"/>
        <source>X and Z reports and exports come here.</source>
        <translation>X- og Z-rapporter og eksport kommer her.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="105"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="106"/>
        <source>Every event of the tills: search it, read receipts and reports, export it.</source>
        <translation>Alt som har skjedd på kassene: søk i det, les kvitteringer og rapporter, eksporter det.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="108"/>
        <source>Administration</source>
        <translation>Administrasjon</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="108"/>
        <source>Shops, tills, users and settings come here.</source>
        <translation>Butikker, kasser, brukere og innstillinger kommer her.</translation>
    </message>
</context>
</TS>
