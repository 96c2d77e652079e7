<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>App</name>
    <message>
        <location filename="../../omigjen_pos/app.py" line="86" />
        <location filename="../../omigjen_pos/app.py" line="101" />
        <source>Omigjen POS</source>
        <translation>Omigjen POS</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/app.py" line="96" />
        <source>This database has no centre yet. Run 'omigjen-pos demo' to try the demo centre.</source>
        <translation>Denne databasen har ikke noe senter ennå. Kjør «omigjen-pos demo» for å prøve demosenteret.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="53" />
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="55" />
        <source>Omigjen POS</source>
        <translation>Omigjen POS</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="60" />
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="72" />
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="76" />
        <source>User number</source>
        <translation>Brukernummer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="77" />
        <source>or type your user number</source>
        <translation>eller skriv brukernummeret ditt</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="83" />
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="84" />
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="109" />
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="96" />
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="105" />
        <source>Who are you?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="130" />
        <source>Demo users and PINs</source>
        <translation>Demobrukere og PIN-koder</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="132" />
        <source>Demo centre: log in as any of these users</source>
        <translation>Demosenter: logg inn som en av disse brukerne</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="135" />
        <source>all shops</source>
        <translation>alle butikker</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="138" />
        <source>PIN {pin}</source>
        <translation>PIN {pin}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="154" />
        <source>{shop} – {till} ({code})</source>
        <translation>{shop} – {till} ({code})</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="171" />
        <source>(locked)</source>
        <translation>(sperret)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="196" />
        <source>Choose your name in the list or type your user number.</source>
        <translation>Velg navnet ditt i listen eller skriv brukernummeret ditt.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="199" />
        <source>Type your PIN.</source>
        <translation>Skriv PIN-koden din.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/login_screen.py" line="207" />
        <source>Checking…</source>
        <translation>Sjekker …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../omigjen_pos/ui/main_window.py" line="31" />
        <source>Omigjen POS</source>
        <translation>Omigjen POS</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="26" />
        <source>Wrong PIN. {attempts} attempts left before the user is locked.</source>
        <translation>Feil PIN-kode. {attempts} forsøk igjen før brukeren sperres.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="30" />
        <source>{name} is locked after too many wrong PINs. Ask a manager to unlock.</source>
        <translation>{name} er sperret etter for mange feil PIN-koder. Be en leder om å låse opp.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="34" />
        <source>There is no user with number {number}. Check the number and try again.</source>
        <translation>Det finnes ingen bruker med nummer {number}. Sjekk nummeret og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="38" />
        <source>There is no till {code}. Check the till code in the settings.</source>
        <translation>Det finnes ingen kasse {code}. Sjekk kassekoden i innstillingene.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="42" />
        <source>{name} has no role in this shop. Ask a manager for access.</source>
        <translation>{name} har ingen rolle i denne butikken. Be en leder om tilgang.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="46" />
        <source>A PIN is 4 to 8 digits.</source>
        <translation>En PIN-kode har 4 til 8 sifre.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="48" />
        <source>Cannot reach the database at {server}: {reason}. {hint}</source>
        <translation>Får ikke kontakt med databasen på {server}: {reason}. {hint}</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="52" />
        <source>The database was upgraded by a newer Omigjen POS. Install the newer version.</source>
        <translation>Databasen er oppgradert av en nyere Omigjen POS. Installer den nyere versjonen.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/messages.py" line="57" />
        <source>Something went wrong. Try again; if it happens again, call the person responsible for the tills. Details are in the log file.</source>
        <translation>Noe gikk galt. Prøv igjen; skjer det igjen, ring den som har ansvar for kassene. Detaljer står i loggfilen.</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../omigjen_pos/ui/login/keypad.py" line="18" />
        <source>Keypad</source>
        <translation>Talltastatur</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/keypad.py" line="23" />
        <source>Delete last digit</source>
        <translation>Slett siste siffer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/keypad.py" line="27" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/login/keypad.py" line="27" />
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="28" />
        <source>Workspace</source>
        <translation>Arbeidsflate</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="30" />
        <source>{user} · {shop} · {till} ({code})</source>
        <translation>{user} · {shop} · {till} ({code})</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="38" />
        <source>Logged in as</source>
        <translation>Innlogget som</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="39" />
        <location filename="../../omigjen_pos/ui/workspace.py" line="40" />
        <source>Log out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="41" />
        <source>Log out (Ctrl+L)</source>
        <translation>Logg ut (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="47" />
        <source>Screens</source>
        <translation>Skjermbilder</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="72" />
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="72" />
        <source>Selling at the till comes here.</source>
        <translation>Salg i kassen kommer her.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="74" />
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="74" />
        <source>Registering items and printing labels comes here.</source>
        <translation>Registrering av varer og utskrift av etiketter kommer her.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="76" />
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="76" />
        <source>X and Z reports and exports come here.</source>
        <translation>X- og Z-rapporter og eksport kommer her.</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="77" />
        <source>Administration</source>
        <translation>Administrasjon</translation>
    </message>
    <message>
        <location filename="../../omigjen_pos/ui/workspace.py" line="77" />
        <source>Shops, tills, users and settings come here.</source>
        <translation>Butikker, kasser, brukere og innstillinger kommer her.</translation>
    </message>
</context>
</TS>