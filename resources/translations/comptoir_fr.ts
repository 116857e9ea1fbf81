<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountBar</name>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté·e : %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>AttractPage</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Bienvenue chez %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Find a product, see where it is in stock, and pay here or at the counter.</source>
        <translation>Trouvez un produit, voyez où il est en stock, et payez ici ou en caisse.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touchez pour commencer</translation>
    </message>
    <message>
        <source>Getting the catalog ready…</source>
        <translation>Préparation du catalogue…</translation>
    </message>
    <message>
        <source>Touch to start shopping</source>
        <translation>Touchez l’écran pour commencer vos achats</translation>
    </message>
    <message>
        <source>Operator settings (hold for 3 seconds)</source>
        <translation>Réglages de l’opérateur (appui de 3 secondes)</translation>
    </message>
</context>
<context>
    <name>BackOfficeAuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Who (email or id)</source>
        <translation>Qui (e-mail ou identifiant)</translation>
    </message>
    <message>
        <source>What (e.g. product.update)</source>
        <translation>Quoi (ex. product.update)</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Du (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Until (YYYY-MM-DD)</source>
        <translation>Au (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>BackOfficeCatalogPage</name>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Search by name, brand, reference or barcode</source>
        <translation>Chercher par nom, marque, référence ou code-barres</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Chercher dans le catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n déclinaison</numerusform>
            <numerusform>%n déclinaisons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackOfficeCharts</name>
    <message>
        <source>Sales per hour: today and the same day last week (€)</source>
        <translation>Ventes par heure : aujourd’hui et le même jour la semaine dernière (€)</translation>
    </message>
    <message>
        <source>Sales per hour: this server does not report hours yet</source>
        <translation>Ventes par heure : ce serveur ne donne pas encore les heures</translation>
    </message>
    <message>
        <source>Same day last week</source>
        <translation>Même jour la semaine dernière</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Sales per day, last 30 days (€)</source>
        <translation>Ventes par jour, 30 derniers jours (€)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Payment mix, last 30 days</source>
        <translation>Moyens de paiement, 30 derniers jours</translation>
    </message>
    <message>
        <source>Payment mix: this server does not report it yet</source>
        <translation>Moyens de paiement : ce serveur ne les donne pas encore</translation>
    </message>
    <message>
        <source>Top products, last 30 days (€)</source>
        <translation>Meilleurs produits, 30 derniers jours (€)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
</context>
<context>
    <name>BackOfficeClosuresPage</name>
    <message>
        <source>Every store</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>Closures and journal</source>
        <translation>Clôtures et journal</translation>
    </message>
    <message numerus="yes">
        <source>✓ The journal holds: %n entries checked</source>
        <translation>
            <numerusform>✓ Le journal tient : %n écriture vérifiée</numerusform>
            <numerusform>✓ Le journal tient : %n écritures vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ The journal was altered: entry %1 does not hold</source>
        <translation>✗ Le journal a été altéré : l’écriture %1 ne tient pas</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Verify the journal</source>
        <translation>Vérifier le journal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Date of the period (YYYY-MM-DD)</source>
        <translation>Date de la période (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Close this period</source>
        <translation>Clôturer cette période</translation>
    </message>
    <message>
        <source>The period is closed; its totals are in the journal.</source>
        <translation>La période est clôturée ; ses totaux sont dans le journal.</translation>
    </message>
    <message>
        <source>Archives go into</source>
        <translation>Dossier des archives</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Grand total</translation>
    </message>
    <message>
        <source>Save the archive</source>
        <translation>Enregistrer l’archive</translation>
    </message>
</context>
<context>
    <name>BackOfficeDashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Sales today, net of refunds</source>
        <translation>Ventes du jour, nettes des remboursements</translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation>Commandes du jour</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Conversion (kiosk and web, every store)</source>
        <translation>Conversion (bornes et web, tous magasins)</translation>
    </message>
    <message>
        <source>Carts abandoned (kiosk and web, every store)</source>
        <translation>Paniers abandonnés (bornes et web, tous magasins)</translation>
    </message>
    <message>
        <source>The charts need Qt Charts (the qml6-module-qtcharts package) on this computer.</source>
        <translation>Les graphiques ont besoin de Qt Charts (le paquet qml6-module-qtcharts) sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Report to export</source>
        <translation>Rapport à exporter</translation>
    </message>
    <message>
        <source>Today&apos;s figures</source>
        <translation>Chiffres du jour</translation>
    </message>
    <message>
        <source>Sales per hour</source>
        <translation>Ventes par heure</translation>
    </message>
    <message>
        <source>Sales per day (30 days)</source>
        <translation>Ventes par jour (30 jours)</translation>
    </message>
    <message>
        <source>Payment mix</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Meilleurs produits</translation>
    </message>
    <message>
        <source>Into the folder</source>
        <translation>Dans le dossier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
</context>
<context>
    <name>BackOfficePeoplePage</name>
    <message>
        <source>Every store</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes de l’équipe</translation>
    </message>
    <message>
        <source>Accounts are created and changed by an admin.</source>
        <translation>Les comptes sont créés et modifiés par un administrateur.</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(désactivé)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>%1 is disabled and signed out everywhere.</source>
        <translation>%1 est désactivé·e et déconnecté·e partout.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First password (10 characters or more)</source>
        <translation>Premier mot de passe (10 caractères ou plus)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>The account of %1 is created.</source>
        <translation>Le compte de %1 est créé.</translation>
    </message>
    <message>
        <source>Kiosks and tills</source>
        <translation>Bornes et caisses</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>%1 is revoked: it is disconnected and can no longer sign in.</source>
        <translation>%1 est révoqué : il est déconnecté et ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation>Enregistrer un appareil</translation>
    </message>
    <message>
        <source>Kiosk by the door</source>
        <translation>Borne de l’entrée</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Type d’appareil</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>Jeton de %1</translation>
    </message>
    <message>
        <source>Device token</source>
        <translation>Jeton de l’appareil</translation>
    </message>
    <message>
        <source>Shown only this once: the server keeps no copy it could show again. A lost token means enrolling the device again.</source>
        <translation>Montré cette seule fois : le serveur n’en garde aucune copie. Un jeton perdu, c’est l’appareil à enregistrer de nouveau.</translation>
    </message>
    <message>
        <source>Done, hide the token</source>
        <translation>C’est fait, masquer le jeton</translation>
    </message>
</context>
<context>
    <name>BackOfficeProductForm</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Two versions of this product</source>
        <translation>Deux versions de ce produit</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>La leur (enregistrée)</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>La vôtre (non enregistrée)</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder leur version</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Enregistrer la mienne par-dessus</translation>
    </message>
    <message>
        <source>Archived: no longer sold.</source>
        <translation>Archivé : plus en vente.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>VAT class</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Standard (20 %)</source>
        <translation>Normal (20 %)</translation>
    </message>
    <message>
        <source>Reduced (5.5 %)</source>
        <translation>Réduit (5,5 %)</translation>
    </message>
    <message>
        <source>Zero (0 %)</source>
        <translation>Nul (0 %)</translation>
    </message>
    <message>
        <source>Variants: reference, price, barcode (EAN-13)</source>
        <translation>Déclinaisons : référence, prix, code-barres (EAN-13)</translation>
    </message>
    <message>
        <source>Reference (SKU)</source>
        <translation>Référence (SKU)</translation>
    </message>
    <message>
        <source>Reference of variant %1</source>
        <translation>Référence de la déclinaison %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Price of variant %1</source>
        <translation>Prix de la déclinaison %1</translation>
    </message>
    <message>
        <source>Barcode (13 digits)</source>
        <translation>Code-barres (13 chiffres)</translation>
    </message>
    <message>
        <source>Barcode of variant %1</source>
        <translation>Code-barres de la déclinaison %1</translation>
    </message>
    <message>
        <source>Add a variant</source>
        <translation>Ajouter une déclinaison</translation>
    </message>
    <message>
        <source>Image file (JPEG, PNG or WebP, up to 2 MB)</source>
        <translation>Fichier image (JPEG, PNG ou WebP, 2 Mo au plus)</translation>
    </message>
    <message>
        <source>/home/…/photo.jpg</source>
        <translation>/home/…/photo.jpg</translation>
    </message>
    <message>
        <source>Upload the image</source>
        <translation>Envoyer l’image</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create the product</source>
        <translation>Créer le produit</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
</context>
<context>
    <name>BackOfficePromotionsPage</name>
    <message>
        <source>%1 % off</source>
        <translation>%1 % de remise</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 de remise</translation>
    </message>
    <message>
        <source>The promotion %1 is on.</source>
        <translation>La promotion %1 est en place.</translation>
    </message>
    <message>
        <source>The promotion %1 is changed.</source>
        <translation>La promotion %1 est modifiée.</translation>
    </message>
    <message>
        <source>The promotion %1 is disabled: it no longer applies.</source>
        <translation>La promotion %1 est désactivée : elle ne s’applique plus.</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(désactivé)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD, empty: no end)</source>
        <translation>Dernier jour (AAAA-MM-JJ, vide : sans fin)</translation>
    </message>
    <message>
        <source>Use limit (empty: none)</source>
        <translation>Limite d’utilisations (vide : aucune)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>New promotion</source>
        <translation>Nouvelle promotion</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% de remise</translation>
    </message>
    <message>
        <source>or amount off</source>
        <translation>ou montant de remise</translation>
    </message>
    <message>
        <source>Minimum basket (optional)</source>
        <translation>Panier minimum (facultatif)</translation>
    </message>
    <message>
        <source>First day (optional)</source>
        <translation>Premier jour (facultatif)</translation>
    </message>
    <message>
        <source>Last day (optional)</source>
        <translation>Dernier jour (facultatif)</translation>
    </message>
    <message>
        <source>Use limit (optional)</source>
        <translation>Limite d’utilisations (facultatif)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>BackOfficeRefusal</name>
    <message>
        <source>This server does not offer this yet. Update the server, then try again.</source>
        <translation>Ce serveur ne le propose pas encore. Mettez le serveur à jour, puis réessayez.</translation>
    </message>
    <message>
        <source>The server does not know this any more. Refresh, then try again.</source>
        <translation>Le serveur ne connaît plus cet élément. Actualisez, puis réessayez.</translation>
    </message>
    <message>
        <source>The server does not know %1 any more. Refresh, then try again.</source>
        <translation>Le serveur ne connaît plus %1. Actualisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile. Look at their version before saving yours.</source>
        <translation>Quelqu’un d’autre l’a modifié entre-temps. Regardez sa version avant d’enregistrer la vôtre.</translation>
    </message>
    <message>
        <source>The server refused what was entered: %1</source>
        <translation>Le serveur a refusé ce qui a été saisi : %1</translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <source>Type the number on the front of your card.</source>
        <translation>Saisissez le numéro inscrit au recto de votre carte.</translation>
    </message>
    <message>
        <source>A card number has only digits.</source>
        <translation>Un numéro de carte ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>A card number has 12 to 19 digits; check it on your card.</source>
        <translation>Un numéro de carte a 12 à 19 chiffres ; vérifiez-le sur votre carte.</translation>
    </message>
    <message>
        <source>This card number is not right: a digit may be wrong or missing.</source>
        <translation>Ce numéro de carte n&apos;est pas correct : un chiffre est peut-être faux ou manquant.</translation>
    </message>
    <message>
        <source>Type the expiry date printed on your card, as MM/YY.</source>
        <translation>Saisissez la date d&apos;expiration inscrite sur votre carte, au format MM/AA.</translation>
    </message>
    <message>
        <source>Write the expiry date as month/year, for example 08/29.</source>
        <translation>Écrivez la date d&apos;expiration sous la forme mois/année, par exemple 08/29.</translation>
    </message>
    <message>
        <source>This date is past: the card has expired. Use another card.</source>
        <translation>Cette date est passée : la carte a expiré. Utilisez une autre carte.</translation>
    </message>
    <message>
        <source>Type the 3 digits on the back of your card (4 on the front for some cards).</source>
        <translation>Saisissez les 3 chiffres au dos de votre carte (4 au recto pour certaines cartes).</translation>
    </message>
</context>
<context>
    <name>CardTerminalPanel</name>
    <message>
        <source>Tap or insert card</source>
        <translation>Approchez ou insérez la carte</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Patientez…</translation>
    </message>
    <message>
        <source>Simulated terminal: choose a test card</source>
        <translation>Terminal simulé : choisissez une carte de test</translation>
    </message>
    <message>
        <source>Visa ···· 4242</source>
        <translation>Visa ···· 4242</translation>
    </message>
    <message>
        <source>Declined ···· 0002</source>
        <translation>Refusée ···· 0002</translation>
    </message>
    <message>
        <source>No funds ···· 9995</source>
        <translation>Sans provision ···· 9995</translation>
    </message>
</context>
<context>
    <name>CartLine</name>
    <message>
        <source>Only %1 in this store</source>
        <translation>Seulement %1 dans ce magasin</translation>
    </message>
    <message>
        <source>Not in stock in this store</source>
        <translation>Pas en stock dans ce magasin</translation>
    </message>
    <message>
        <source>Remove this line to continue.</source>
        <translation>Retirez cette ligne pour continuer.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>See %1</source>
        <translation>Voir %1</translation>
    </message>
</context>
<context>
    <name>CartPage</name>
    <message>
        <source>Your cart</source>
        <translation>Votre panier</translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation>Votre panier est vide.</translation>
    </message>
    <message>
        <source>Browse the store</source>
        <translation>Parcourir le magasin</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Code promo</translation>
    </message>
    <message>
        <source>Enter a code</source>
        <translation>Saisir un code</translation>
    </message>
    <message>
        <source>Pay here by card</source>
        <translation>Payer ici par carte</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translation>Payer en caisse</translation>
    </message>
    <message>
        <source>Pick up in another store</source>
        <translation>Retirer dans un autre magasin</translation>
    </message>
    <message>
        <source>The network is down: card payment is not possible right now, but you can pay at the counter.</source>
        <translation>Le réseau est coupé : le paiement par carte est impossible pour l’instant, mais vous pouvez payer en caisse.</translation>
    </message>
    <message>
        <source>Pay here now, collect in:</source>
        <translation>Payer ici maintenant, retirer à :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>CartTotals</name>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discount (%1)</source>
        <translation>Remise (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Including VAT: %1</source>
        <translation>Dont TVA : %1</translation>
    </message>
</context>
<context>
    <name>CheckoutPage</name>
    <message>
        <source>Preparing your order…</source>
        <translation>Préparation de votre commande…</translation>
    </message>
    <message>
        <source>Pay %1 on the terminal</source>
        <translation>Payez %1 sur le terminal</translation>
    </message>
    <message>
        <source>Talking to your bank…</source>
        <translation>Dialogue avec votre banque…</translation>
    </message>
    <message>
        <source>Payment not accepted</source>
        <translation>Paiement non accepté</translation>
    </message>
    <message>
        <source>Card payment is not available</source>
        <translation>Paiement par carte indisponible</translation>
    </message>
    <message>
        <source>Your order could not be placed</source>
        <translation>Votre commande n’a pas pu être passée</translation>
    </message>
    <message>
        <source>To collect at %1</source>
        <translation>À retirer à %1</translation>
    </message>
    <message>
        <source>Pay at the counter instead</source>
        <translation>Payer plutôt en caisse</translation>
    </message>
    <message>
        <source>Back to the cart</source>
        <translation>Retour au panier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Please ask a member of staff</source>
        <translation>Adressez-vous à un vendeur</translation>
    </message>
</context>
<context>
    <name>ConnectivityBadge</name>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Offline · %1 to send</source>
        <translation>Hors ligne · %1 à envoyer</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>ConsoleRefusal</name>
    <message>
        <source>This needs the server, which cannot be reached right now. Try again once the link is back.</source>
        <translation>Il faut le serveur, injoignable pour l’instant. Réessayez quand la liaison sera revenue.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network, then try again: nothing was changed.</source>
        <translation>Le serveur est injoignable. Vérifiez le réseau, puis réessayez : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Sign in again, then try again.</source>
        <translation>Votre connexion a expiré. Reconnectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <source>Your account may not do this here: it is for another store or needs a manager.</source>
        <translation>Votre compte ne peut pas faire cela ici : c’est pour un autre magasin ou il faut un responsable.</translation>
    </message>
    <message>
        <source>The server does not know this any more. Refresh, then try again.</source>
        <translation>Le serveur ne connaît plus cet élément. Actualisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Someone changed this meanwhile. Look at it again before trying again.</source>
        <translation>Quelqu’un l’a modifié entre-temps. Vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <source>The server refused what was entered. Check it and try again.</source>
        <translation>Le serveur a refusé la saisie. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>Too many attempts at once. Wait a moment, then try again.</source>
        <translation>Trop d’essais à la fois. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The server cannot do this right now. Try again in a moment: nothing was changed.</source>
        <translation>Le serveur ne peut pas le faire pour l’instant. Réessayez dans un moment : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The server refused this. Check what you entered and try again.</source>
        <translation>Le serveur a refusé. Vérifiez votre saisie et réessayez.</translation>
    </message>
</context>
<context>
    <name>CountBadge</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawerPage</name>
    <message>
        <source>Cash drawer</source>
        <translation>Tiroir-caisse</translation>
    </message>
    <message>
        <source>This console is not a till: only a till set up by a manager has a cash drawer.</source>
        <translation>Ce poste n’est pas une caisse : seule une caisse installée par un responsable a un tiroir-caisse.</translation>
    </message>
    <message>
        <source>The drawer is closed. Count the float, then open it.</source>
        <translation>Le tiroir est fermé. Comptez le fond de caisse, puis ouvrez-le.</translation>
    </message>
    <message>
        <source>Open since %1, an earlier day: count the cash and close it.</source>
        <translation>Ouvert depuis le %1, un jour précédent : comptez les espèces et fermez-le.</translation>
    </message>
    <message>
        <source>Open since %1 with a float of %2.</source>
        <translation>Ouvert depuis %1 avec un fond de caisse de %2.</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>For example 150</source>
        <translation>Par exemple 150</translation>
    </message>
    <message>
        <source>Open the drawer</source>
        <translation>Ouvrir le tiroir</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>To the safe, change from the bank…</source>
        <translation>Au coffre, monnaie de la banque…</translation>
    </message>
    <message>
        <source>Pay in</source>
        <translation>Apport</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Rapport X</translation>
    </message>
    <message>
        <source>Cash counted in the drawer</source>
        <translation>Espèces comptées dans le tiroir</translation>
    </message>
    <message>
        <source>Close the drawer</source>
        <translation>Fermer le tiroir</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Rapport Z</translation>
    </message>
    <message>
        <source>The report shows here: X report while the drawer is open, Z report when it closes.</source>
        <translation>Le rapport s’affiche ici : rapport X tant que le tiroir est ouvert, rapport Z à sa fermeture.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n payment(s))</source>
        <translation>
            <numerusform>%1 (%n paiement)</numerusform>
            <numerusform>%1 (%n paiements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message numerus="yes">
        <source>Refunds (%n)</source>
        <translation>
            <numerusform>Remboursements (%n)</numerusform>
            <numerusform>Remboursements (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Apports</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>VAT by rate</source>
        <translation>TVA par taux</translation>
    </message>
    <message>
        <source>%1: net %2, VAT %3</source>
        <translation>%1 : HT %2, TVA %3</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>Rouleau 80 mm</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation>PDF : %1</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Fill this in.</source>
        <translation>Remplissez ce champ.</translation>
    </message>
    <message>
        <source>Too long: keep it to %1 characters.</source>
        <translation>Trop long : %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Remove the line breaks and control characters.</source>
        <translation>Retirez les retours à la ligne et les caractères de contrôle.</translation>
    </message>
    <message>
        <source>Remove the hidden characters that turn the text around.</source>
        <translation>Retirez les caractères cachés qui inversent le sens du texte.</translation>
    </message>
    <message>
        <source>Remove the invisible formatting characters.</source>
        <translation>Retirez les caractères de mise en forme invisibles.</translation>
    </message>
    <message>
        <source>A French postal code is exactly 5 digits, for example 75011.</source>
        <translation>Un code postal français compte exactement 5 chiffres, par exemple 75011.</translation>
    </message>
    <message>
        <source>This is not a postal code of this country.</source>
        <translation>Ce n’est pas un code postal de ce pays.</translation>
    </message>
    <message>
        <source>Give the country as its two-letter code, for example FR.</source>
        <translation>Indiquez le pays par son code à deux lettres, par exemple FR.</translation>
    </message>
    <message>
        <source>Enter a phone number: digits, spaces and + ( ) - . only.</source>
        <translation>Saisissez un numéro de téléphone : chiffres, espaces et + ( ) - . seulement.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Ce n’est pas votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters.</source>
        <translation>Choisissez un mot de passe d’au moins 10 caractères.</translation>
    </message>
    <message>
        <source>Choose French or English.</source>
        <translation>Choisissez le français ou l’anglais.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What are you looking for?</source>
        <translation>Que cherchez-vous ?</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog is empty.</source>
        <translation>Le catalogue est vide.</translation>
    </message>
    <message>
        <source>Getting the catalog ready…</source>
        <translation>Préparation du catalogue…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n product(s)</source>
        <translation>
            <numerusform>%1, %n produit</numerusform>
            <numerusform>%1, %n produits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this kiosk starts again in %n second(s) and empties the cart.</source>
        <translation>
            <numerusform>Pour votre confidentialité, cette borne recommence dans %n seconde et vide le panier.</numerusform>
            <numerusform>Pour votre confidentialité, cette borne recommence dans %n secondes et vide le panier.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Je suis là</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Je suis toujours là</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Comptoir kiosk</source>
        <translation>Borne Comptoir</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Majuscule</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Past the pickup window</source>
        <translation>Délai de retrait dépassé</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Waiting for the connection to be sent</source>
        <translation>En attente de connexion pour être envoyée</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Paid, being prepared</source>
        <translation>Payée, en préparation</translation>
    </message>
    <message>
        <source>Paid, being packed</source>
        <translation>Payée, en cours d’emballage</translation>
    </message>
    <message>
        <source>Ready to collect in store</source>
        <translation>Prête à retirer en magasin</translation>
    </message>
    <message>
        <source>Shipped, on its way</source>
        <translation>Expédiée, en route</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>En cours de traitement</translation>
    </message>
</context>
<context>
    <name>PickListPanel</name>
    <message>
        <source>Choose an order to see its pick list.</source>
        <translation>Choisissez une commande pour voir sa liste de préparation.</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation>Marquer prête</translation>
    </message>
    <message>
        <source>Not collected within the pickup window: call the customer, or cancel the order to put the items back.</source>
        <translation>Pas retirée dans le délai : appelez le client, ou annulez la commande pour remettre les articles en rayon.</translation>
    </message>
    <message>
        <source>Paid a while ago and still not prepared: the customer may be on the way.</source>
        <translation>Payée depuis un moment et toujours pas préparée : le client est peut-être en route.</translation>
    </message>
    <message>
        <source>To hand it over, scan the QR code of the customer&apos;s receipt or type the order&apos;s number above.</source>
        <translation>Pour la remettre, scannez le QR code du ticket du client ou tapez le numéro de la commande ci-dessus.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Operator menu</source>
        <translation>Menu opérateur</translation>
    </message>
    <message>
        <source>Operator PIN</source>
        <translation>Code opérateur</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Code erroné</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Set up again (forget this server)</source>
        <translation>Reconfigurer (oublier ce serveur)</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ProductListPage</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <source>Price ↑</source>
        <translation>Prix ↑</translation>
    </message>
    <message>
        <source>Price ↓</source>
        <translation>Prix ↓</translation>
    </message>
    <message>
        <source>In stock here</source>
        <translation>En stock ici</translation>
    </message>
    <message>
        <source>Nothing here is in stock in this store. Try without the filter.</source>
        <translation>Rien de tout cela n’est en stock dans ce magasin. Essayez sans le filtre.</translation>
    </message>
    <message>
        <source>No product matches. Try another word, or a brand.</source>
        <translation>Aucun produit ne correspond. Essayez un autre mot ou une marque.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Type two letters or more</source>
        <translation>Tapez au moins deux lettres</translation>
    </message>
    <message>
        <source>More than %L1 results: type a little more</source>
        <translation>Plus de %L1 résultats : précisez un peu</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>At %1: %2</source>
        <translation>À %1 : %2</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Ajouter au panier</translation>
    </message>
    <message>
        <source>Added to your cart.</source>
        <translation>Ajouté à votre panier.</translation>
    </message>
    <message>
        <source>See the cart</source>
        <translation>Voir le panier</translation>
    </message>
    <message>
        <source>This product is no longer sold.</source>
        <translation>Ce produit n’est plus vendu.</translation>
    </message>
</context>
<context>
    <name>ProductTile</name>
    <message>
        <source>In store</source>
        <translation>En magasin</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Pas ici</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>QuantityStepper</name>
    <message>
        <source>Fewer</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Hand over: scan the receipt or type its number</source>
        <translation>Remise : scannez le ticket ou tapez son numéro</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêtes</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Nothing to prepare. New orders appear here by themselves.</source>
        <translation>Rien à préparer. Les nouvelles commandes s’affichent ici d’elles-mêmes.</translation>
    </message>
    <message>
        <source>No order here.</source>
        <translation>Aucune commande ici.</translation>
    </message>
    <message>
        <source>Cancel order %1?</source>
        <translation>Annuler la commande %1 ?</translation>
    </message>
    <message>
        <source>Its items go back on the shelf and the customer is refunded. Why is it cancelled?</source>
        <translation>Ses articles retournent en rayon et le client est remboursé. Pourquoi l’annuler ?</translation>
    </message>
    <message>
        <source>The customer asked</source>
        <translation>Le client l’a demandé</translation>
    </message>
    <message>
        <source>An item is missing or damaged</source>
        <translation>Un article manque ou est abîmé</translation>
    </message>
    <message>
        <source>Not collected in time</source>
        <translation>Pas retirée à temps</translation>
    </message>
    <message>
        <source>Keep the order</source>
        <translation>Garder la commande</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Annuler la commande</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Servi par %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Discount (%1)</source>
        <translation>Remise (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Including VAT</source>
        <translation>Dont TVA</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Made offline: the order number follows.</source>
        <translation>Vente hors ligne : le numéro de commande suivra.</translation>
    </message>
    <message>
        <source>Keep this receipt: its code finds your purchase for a return.</source>
        <translation>Conservez ce ticket : son code retrouve votre achat pour un retour.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>TRAINING: NOT A SALE</source>
        <translation>FORMATION : CECI N’EST PAS UNE VENTE</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>Your order is ready to pay</source>
        <translation>Votre commande est prête à payer</translation>
    </message>
    <message>
        <source>Go to the counter and show this code: you pay there and leave with your items.</source>
        <translation>Présentez ce code en caisse : vous y payez et repartez avec vos articles.</translation>
    </message>
    <message>
        <source>Paid. Your items will wait for you at %1; we will let you know when they are ready.</source>
        <translation>Payé. Vos articles vous attendront à %1 ; nous vous préviendrons quand ils seront prêts.</translation>
    </message>
    <message>
        <source>Paid. Show this code at the counter to collect your items.</source>
        <translation>Payé. Présentez ce code en caisse pour retirer vos articles.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>The store&apos;s system will number your order as soon as it is reachable; this code works at the counter meanwhile.</source>
        <translation>Le système du magasin numérotera votre commande dès qu’il sera joignable ; ce code suffit en caisse en attendant.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n’a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>ResetLink</name>
    <message>
        <source>Paste the link or the code from the mail.</source>
        <translation>Collez le lien ou le code reçu par e-mail.</translation>
    </message>
    <message>
        <source>This is not a password reset link from Comptoir: it is far too long.</source>
        <translation>Ce n’est pas un lien de réinitialisation de Comptoir : il est bien trop long.</translation>
    </message>
    <message>
        <source>This is not a password reset link from Comptoir. Copy the whole link from the mail, starting with comptoir://reset.</source>
        <translation>Ce n’est pas un lien de réinitialisation de Comptoir. Copiez le lien entier de l’e-mail, qui commence par comptoir://reset.</translation>
    </message>
    <message>
        <source>This reset link is damaged: its code is missing or cut. Copy the whole link from the mail, or ask for a new one.</source>
        <translation>Ce lien de réinitialisation est abîmé : son code manque ou est coupé. Copiez le lien entier de l’e-mail, ou demandez-en un nouveau.</translation>
    </message>
</context>
<context>
    <name>ReturnSlipDocument</name>
    <message>
        <source>Return slip %1</source>
        <translation>Bon de retour %1</translation>
    </message>
    <message>
        <source>Return slip</source>
        <translation>Bon de retour</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Vente %1</translation>
    </message>
    <message>
        <source>Bought at %1</source>
        <translation>Achetée à %1</translation>
    </message>
    <message>
        <source>Taken back by %1</source>
        <translation>Reprise par %1</translation>
    </message>
    <message>
        <source>Back on sale in the store</source>
        <translation>Remis en vente au magasin</translation>
    </message>
    <message>
        <source>Damaged: not put back on sale</source>
        <translation>Abîmé : non remis en vente</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>Remboursé : %1</translation>
    </message>
    <message>
        <source>Refund total</source>
        <translation>Total remboursé</translation>
    </message>
    <message>
        <source>Including VAT</source>
        <translation>Dont TVA</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>Signature du client</translation>
    </message>
    <message>
        <source>Keep this slip with your receipt.</source>
        <translation>Gardez ce bon avec votre ticket.</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Ne va pas</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s QR code or type the sale&apos;s number</source>
        <translation>Scannez le QR code du ticket ou tapez le numéro de la vente</translation>
    </message>
    <message>
        <source>Scan the QR code on the customer&apos;s receipt: a sale of any store or of the web shop can come back here. A sale of this store can also be found by its number.</source>
        <translation>Scannez le QR code du ticket du client : une vente de n’importe quel magasin ou de la boutique en ligne peut être reprise ici. Une vente de ce magasin se retrouve aussi par son numéro.</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Vente %1</translation>
    </message>
    <message>
        <source>Bought at %1 · paid %2 · refunded so far %3</source>
        <translation>Achetée à %1 · payée %2 · déjà remboursé %3</translation>
    </message>
    <message>
        <source>%1 · sold %2 · returned %3 · %4 can come back</source>
        <translation>%1 · vendu %2 · rendu %3 · %4 peut revenir</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 l’unité</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>Ce qui revient</translation>
    </message>
    <message>
        <source>The goods</source>
        <translation>La marchandise</translation>
    </message>
    <message>
        <source>Back on sale</source>
        <translation>Remise en vente</translation>
    </message>
    <message>
        <source>Damaged: not back on sale</source>
        <translation>Abîmée : pas remise en vente</translation>
    </message>
    <message>
        <source>The refund</source>
        <translation>Le remboursement</translation>
    </message>
    <message>
        <source>To the original payment</source>
        <translation>Sur le paiement d’origine</translation>
    </message>
    <message>
        <source>Cash from the drawer</source>
        <translation>En espèces, du tiroir</translation>
    </message>
    <message>
        <source>The drawer is not open: open it (F4) to refund in cash, or to refund a sale paid in cash.</source>
        <translation>Le tiroir n’est pas ouvert : ouvrez-le (F4) pour rembourser en espèces, ou pour rembourser une vente payée en espèces.</translation>
    </message>
    <message>
        <source>Why it comes back (optional)</source>
        <translation>Pourquoi elle revient (facultatif)</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>Défectueux</translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <translation>A changé d’avis</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) coming back, about</source>
        <translation>
            <numerusform>%n article revient, environ</numerusform>
            <numerusform>%n articles reviennent, environ</numerusform>
        </translation>
    </message>
    <message>
        <source>Take back and refund (Ctrl+Enter)</source>
        <translation>Reprendre et rembourser (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Refunded for sale %1</source>
        <translation>Remboursé pour la vente %1</translation>
    </message>
    <message>
        <source>The goods are back on sale here.</source>
        <translation>La marchandise est remise en vente ici.</translation>
    </message>
    <message>
        <source>The goods were not put back on sale.</source>
        <translation>La marchandise n’a pas été remise en vente.</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>Rouleau 80 mm</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>Imprimer le bon</translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation>PDF : %1</translation>
    </message>
    <message>
        <source>Next customer (Esc)</source>
        <translation>Client suivant (Échap)</translation>
    </message>
</context>
<context>
    <name>ScanTallyView</name>
    <message>
        <source>Scan each item on the shelf (or type its barcode or SKU, then Enter)</source>
        <translation>Scannez chaque article du rayon (ou tapez son code-barres ou sa référence, puis Entrée)</translation>
    </message>
    <message>
        <source>Scan each item of the delivery (or type its barcode or SKU, then Enter)</source>
        <translation>Scannez chaque article de la livraison (ou tapez son code-barres ou sa référence, puis Entrée)</translation>
    </message>
    <message>
        <source>New count</source>
        <translation>Nouvel inventaire</translation>
    </message>
    <message>
        <source>New delivery</source>
        <translation>Nouvelle livraison</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Scan what is on the shelf. The console compares it with the stock and corrects it once you confirm.</source>
        <translation>Scannez ce qui est en rayon. La console le compare au stock et le corrige une fois que vous confirmez.</translation>
    </message>
    <message>
        <source>Scan the items of the delivery as you unpack them. Each scan adds one.</source>
        <translation>Scannez les articles de la livraison en les déballant. Chaque scan en ajoute un.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) scanned</source>
        <translation>
            <numerusform>%n article scanné</numerusform>
            <numerusform>%n articles scannés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the count…</source>
        <translation>Appliquer l’inventaire…</translation>
    </message>
    <message numerus="yes">
        <source>Receive %n item(s)</source>
        <translation>
            <numerusform>Réceptionner %n article</numerusform>
            <numerusform>Réceptionner %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the stock to what was counted?</source>
        <translation>Corriger le stock selon le comptage ?</translation>
    </message>
    <message>
        <source>%1 (%2): matches, nothing to change</source>
        <translation>%1 (%2) : conforme, rien à changer</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Keep counting</source>
        <translation>Continuer à compter</translation>
    </message>
    <message>
        <source>Correct the stock</source>
        <translation>Corriger le stock</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search a product, a brand, a barcode</source>
        <translation>Chercher un produit, une marque, un code-barres</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up this kiosk</source>
        <translation>Configurer cette borne</translation>
    </message>
    <message>
        <source>For store staff. Register the kiosk on the server (POST /api/v1/devices, by a manager), then enter its address and the device token here. You will not be asked again.</source>
        <translation>Réservé au personnel. Enregistrez la borne sur le serveur (POST /api/v1/devices, par un responsable), puis saisissez ici son adresse et le jeton de l’appareil. Cela ne sera plus demandé.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Device token</source>
        <translation>Jeton de l’appareil</translation>
    </message>
    <message>
        <source>Operator PIN (4 to 12 digits), to open the operator menu later</source>
        <translation>Code opérateur (4 à 12 chiffres), pour ouvrir plus tard le menu opérateur</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>ShopAccountPage</name>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Mes coordonnées</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>Language of the app and of our mails</source>
        <translation>Langue de l’application et de nos e-mails</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>Save my details</source>
        <translation>Enregistrer mes coordonnées</translation>
    </message>
    <message>
        <source>My addresses</source>
        <translation>Mes adresses</translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <source>No saved address yet: add one to be delivered at home.</source>
        <translation>Aucune adresse enregistrée : ajoutez-en une pour être livré chez vous.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change the address %1</source>
        <translation>Modifier l’adresse %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the address %1</source>
        <translation>Supprimer l’adresse %1</translation>
    </message>
    <message>
        <source>Label (Home, Work…)</source>
        <translation>Nom de l’adresse (Maison, Bureau…)</translation>
    </message>
    <message>
        <source>Name on the door</source>
        <translation>Nom sur la porte</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <source>Building, floor (optional)</source>
        <translation>Bâtiment, étage (facultatif)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country (two letters, e.g. FR)</source>
        <translation>Pays (deux lettres, par ex. FR)</translation>
    </message>
    <message>
        <source>Phone for the delivery (optional)</source>
        <translation>Téléphone pour la livraison (facultatif)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add this address</source>
        <translation>Ajouter cette adresse</translation>
    </message>
    <message>
        <source>Save this address</source>
        <translation>Enregistrer cette adresse</translation>
    </message>
    <message>
        <source>My password</source>
        <translation>Mon mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password (10 characters or more)</source>
        <translation>Nouveau mot de passe (10 caractères ou plus)</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
</context>
<context>
    <name>ShopCartPage</name>
    <message>
        <source>Your cart (1 item)</source>
        <translation>Votre panier (1 article)</translation>
    </message>
    <message>
        <source>Your cart</source>
        <translation>Votre panier</translation>
    </message>
    <message>
        <source>Your cart (%1 items)</source>
        <translation>Votre panier (%1 articles)</translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation>Votre panier est vide.</translation>
    </message>
    <message>
        <source>Continue shopping</source>
        <translation>Continuer mes achats</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Code promo</translation>
    </message>
    <message>
        <source>e.g. BIENVENUE10</source>
        <translation>ex. BIENVENUE10</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Remove the code</source>
        <translation>Retirer le code</translation>
    </message>
    <message>
        <source>Sign in to order: your cart stays as it is.</source>
        <translation>Connectez-vous pour commander : votre panier reste tel quel.</translation>
    </message>
    <message>
        <source>Continue to checkout</source>
        <translation>Passer la commande</translation>
    </message>
    <message>
        <source>Sign in to check out</source>
        <translation>Se connecter pour commander</translation>
    </message>
    <message>
        <source>A line is no longer sold: remove it to continue.</source>
        <translation>Un article n&apos;est plus vendu : retirez-le pour continuer.</translation>
    </message>
</context>
<context>
    <name>ShopCategoryPage</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n product(s)</source>
        <translation>
            <numerusform>%1, %n produit</numerusform>
            <numerusform>%1, %n produits</numerusform>
        </translation>
    </message>
    <message>
        <source>Results for “%1”</source>
        <translation>Résultats pour « %1 »</translation>
    </message>
    <message>
        <source>Type two letters or more</source>
        <translation>Tapez au moins deux lettres</translation>
    </message>
    <message>
        <source>More than %L1 products: type a little more</source>
        <translation>Plus de %L1 produits : précisez un peu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln produit</numerusform>
            <numerusform>%Ln produits</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Price, lowest first</source>
        <translation>Prix croissant</translation>
    </message>
    <message>
        <source>Price, highest first</source>
        <translation>Prix décroissant</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Products of %1</source>
        <translation>Produits de %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Nothing matches all these filters. Untick one to see more.</source>
        <translation>Aucun produit ne répond à tous ces filtres. Décochez-en un pour en voir plus.</translation>
    </message>
    <message>
        <source>No product matches. Try another word, or a brand.</source>
        <translation>Aucun produit ne correspond. Essayez un autre mot, ou une marque.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>ShopCheckoutPage</name>
    <message>
        <source>Checkout</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>How would you like to get your order?</source>
        <translation>Comment souhaitez-vous recevoir votre commande ?</translation>
    </message>
    <message>
        <source>Collect in a store</source>
        <translation>Retrait en magasin</translation>
    </message>
    <message>
        <source>Deliver to an address</source>
        <translation>Livraison à une adresse</translation>
    </message>
    <message>
        <source>Collect from</source>
        <translation>Retirer à</translation>
    </message>
    <message>
        <source>No store has everything in your cart right now. Choose delivery, or change your cart.</source>
        <translation>Aucun magasin n&apos;a tout votre panier en ce moment. Choisissez la livraison, ou modifiez votre panier.</translation>
    </message>
    <message>
        <source>Everything is available: ready in about two hours.</source>
        <translation>Tout est disponible : prêt dans deux heures environ.</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>You have no saved address yet.</source>
        <translation>Vous n&apos;avez pas encore d&apos;adresse enregistrée.</translation>
    </message>
    <message>
        <source>Add a new address</source>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address, second line (optional)</source>
        <translation>Complément d&apos;adresse (facultatif)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country (FR, BE…)</source>
        <translation>Pays (FR, BE…)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>Name this address (optional, e.g. Home)</source>
        <translation>Nom de cette adresse (facultatif, ex. Maison)</translation>
    </message>
    <message>
        <source>Save this address</source>
        <translation>Enregistrer cette adresse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Votre commande</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Payer par carte</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>Expiry (MM/YY)</source>
        <translation>Expiration (MM/AA)</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Cryptogramme</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Payer %1</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Your card number goes straight to the payment service; this computer keeps none of it.</source>
        <translation>Votre numéro de carte va directement au service de paiement ; cet ordinateur n&apos;en garde rien.</translation>
    </message>
    <message>
        <source>Back to the cart</source>
        <translation>Retour au panier</translation>
    </message>
</context>
<context>
    <name>ShopConfirmationPage</name>
    <message>
        <source>Thank you, your order is paid</source>
        <translation>Merci, votre commande est payée</translation>
    </message>
    <message>
        <source>We will let you know when it ships. A confirmation is on its way to your mailbox.</source>
        <translation>Nous vous préviendrons de son expédition. Une confirmation arrive dans votre boîte mail.</translation>
    </message>
    <message>
        <source>We will let you know when it is ready to collect. A confirmation is on its way to your mailbox.</source>
        <translation>Nous vous préviendrons dès qu’elle sera prête à retirer. Une confirmation arrive dans votre boîte mail.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total payé</translation>
    </message>
    <message>
        <source>Delivered to</source>
        <translation>Livrée à</translation>
    </message>
    <message>
        <source>Collect at</source>
        <translation>À retirer à</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Follow this order</source>
        <translation>Suivre cette commande</translation>
    </message>
    <message>
        <source>Continue shopping</source>
        <translation>Continuer mes achats</translation>
    </message>
    <message>
        <source>QR code of order %1</source>
        <translation>QR code de la commande %1</translation>
    </message>
    <message>
        <source>Your order&apos;s code</source>
        <translation>Le code de votre commande</translation>
    </message>
    <message>
        <source>Show this code at the counter</source>
        <translation>Présentez ce code au comptoir</translation>
    </message>
</context>
<context>
    <name>ShopHomePage</name>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <source>Getting the catalog ready…</source>
        <translation>Préparation du catalogue…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Rayons</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln product(s)</source>
        <translation>
            <numerusform>%1, %Ln produit</numerusform>
            <numerusform>%1, %Ln produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln produit</numerusform>
            <numerusform>%Ln produits</numerusform>
        </translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>À la une</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Vus récemment</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ShopOfflineBanner</name>
    <message>
        <source>You are offline: browsing what is saved on this computer; ordering waits for the connection.</source>
        <translation>Vous êtes hors ligne : vous parcourez ce qui est enregistré sur cet ordinateur ; les commandes attendront la connexion.</translation>
    </message>
</context>
<context>
    <name>ShopOrderPage</name>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>This order is not on this computer yet</source>
        <translation>Cette commande n’est pas encore sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Including VAT %1</source>
        <translation>Dont TVA %1</translation>
    </message>
    <message>
        <source>Order again</source>
        <translation>Commander à nouveau</translation>
    </message>
    <message>
        <source>Order again: put these products in the cart</source>
        <translation>Commander à nouveau : remettre ces produits dans le panier</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancel this order</source>
        <translation>Annuler cette commande</translation>
    </message>
    <message>
        <source>Pickup code for order %1</source>
        <translation>Code de retrait de la commande %1</translation>
    </message>
    <message>
        <source>Show this at the store</source>
        <translation>À présenter en magasin</translation>
    </message>
    <message>
        <source>Or give the number %1.</source>
        <translation>Ou donnez le numéro %1.</translation>
    </message>
</context>
<context>
    <name>ShopOrdersPage</name>
    <message>
        <source>My orders</source>
        <translation>Mes commandes</translation>
    </message>
    <message>
        <source>You have no orders yet. What you buy in the shop, at a kiosk or in a store with your account shows here.</source>
        <translation>Vous n’avez pas encore de commande. Ce que vous achetez avec votre compte, en ligne, sur une borne ou en magasin, apparaît ici.</translation>
    </message>
    <message>
        <source>Order %1, %2, %3, %4</source>
        <translation>Commande %1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n item(s)</source>
        <translation>
            <numerusform>%1 · %n article</numerusform>
            <numerusform>%1 · %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopProductPage</name>
    <message>
        <source>Add to cart</source>
        <translation>Ajouter au panier</translation>
    </message>
    <message>
        <source>Added to your cart.</source>
        <translation>Ajouté à votre panier.</translation>
    </message>
    <message>
        <source>See the cart</source>
        <translation>Voir le panier</translation>
    </message>
    <message>
        <source>Pick up today in %1</source>
        <translation>À retirer aujourd’hui à %1</translation>
    </message>
    <message>
        <source>Stock per store</source>
        <translation>Stock par magasin</translation>
    </message>
    <message>
        <source>%1 (my store): %2 available</source>
        <translation>%1 (mon magasin) : %2 disponible(s)</translation>
    </message>
    <message>
        <source>%1: %2 available</source>
        <translation>%1 : %2 disponible(s)</translation>
    </message>
    <message>
        <source>In no store today</source>
        <translation>Dans aucun magasin aujourd’hui</translation>
    </message>
    <message>
        <source>This product is no longer sold.</source>
        <translation>Ce produit n’est plus vendu.</translation>
    </message>
</context>
<context>
    <name>ShopResetPage</name>
    <message>
        <source>Choose a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Once it is changed, you are signed out on every device, this one too, and sign in again with the new password.</source>
        <translation>Une fois changé, vous êtes déconnecté sur tous vos appareils, celui-ci aussi, et vous vous reconnectez avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The link or code from the mail</source>
        <translation>Le lien ou le code de l’e-mail</translation>
    </message>
    <message>
        <source>New password (10 characters or more)</source>
        <translation>Nouveau mot de passe (10 caractères ou plus)</translation>
    </message>
    <message>
        <source>The new password again</source>
        <translation>Le nouveau mot de passe, à nouveau</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Les deux mots de passe diffèrent : saisissez deux fois le même.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ShopSignInPage</name>
    <message>
        <source>I have an account</source>
        <translation>J’ai un compte</translation>
    </message>
    <message>
        <source>I am new here</source>
        <translation>Je n’ai pas encore de compte</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Password (10 characters or more)</source>
        <translation>Mot de passe (10 caractères ou plus)</translation>
    </message>
    <message>
        <source>Create my account</source>
        <translation>Créer mon compte</translation>
    </message>
    <message>
        <source>Which shop?</source>
        <translation>Quelle boutique ?</translation>
    </message>
    <message>
        <source>Enter the address of your shop&apos;s server once. You can then browse and fill a cart without an account.</source>
        <translation>Saisissez une fois l’adresse du serveur de votre boutique. Vous pourrez ensuite parcourir et remplir un panier sans compte.</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>Adresse de la boutique</translation>
    </message>
    <message>
        <source>Browse this shop</source>
        <translation>Parcourir cette boutique</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <source>Enter the email address of your account: we send it a link to choose a new password.</source>
        <translation>Saisissez l’adresse e-mail de votre compte : nous y envoyons un lien pour choisir un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Send me a link</source>
        <translation>M’envoyer un lien</translation>
    </message>
    <message>
        <source>The link or code from the mail</source>
        <translation>Le lien ou le code de l’e-mail</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Retour à la connexion</translation>
    </message>
</context>
<context>
    <name>ShopStorePicker</name>
    <message>
        <source>My store</source>
        <translation>Mon magasin</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>ShopTopBar</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Search a product, a brand, a barcode (Ctrl+F)</source>
        <translation>Chercher un produit, une marque, un code-barres (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the shop</source>
        <translation>Chercher dans la boutique</translation>
    </message>
    <message>
        <source>Wishlist</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>My account (%1)</source>
        <translation>Mon compte (%1)</translation>
    </message>
    <message>
        <source>Sign in or create an account</source>
        <translation>Se connecter ou créer un compte</translation>
    </message>
    <message>
        <source>Cart (%1)</source>
        <translation>Panier (%1)</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Normal text size and contrast</source>
        <translation>Texte et contraste normaux</translation>
    </message>
    <message>
        <source>Larger text and higher contrast</source>
        <translation>Texte plus grand et contraste renforcé</translation>
    </message>
    <message numerus="yes">
        <source>Orders, %n update(s)</source>
        <translation>
            <numerusform>Commandes, %n nouveauté</numerusform>
            <numerusform>Commandes, %n nouveautés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order update(s)</source>
        <translation>
            <numerusform>%n commande mise à jour</numerusform>
            <numerusform>%n commandes mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Rayons</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
</context>
<context>
    <name>ShopWindow</name>
    <message>
        <source>Comptoir — shop</source>
        <translation>Comptoir — boutique</translation>
    </message>
</context>
<context>
    <name>ShopWishlistPage</name>
    <message>
        <source>My wishlist</source>
        <translation>Mes favoris</translation>
    </message>
    <message>
        <source>Nothing here yet. Click the heart on a product to keep it for later.</source>
        <translation>Rien pour l’instant. Cliquez sur le cœur d’un produit pour le garder pour plus tard.</translation>
    </message>
    <message>
        <source>Sign in to keep products for later.</source>
        <translation>Connectez-vous pour garder des produits pour plus tard.</translation>
    </message>
    <message>
        <source>No longer sold</source>
        <translation>Plus vendu</translation>
    </message>
    <message>
        <source>See</source>
        <translation>Voir</translation>
    </message>
    <message>
        <source>See %1</source>
        <translation>Voir %1</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>StaffDiscounts</name>
    <message>
        <source>Type a whole percentage from 1 to 100.</source>
        <translation>Tapez un pourcentage entier de 1 à 100.</translation>
    </message>
    <message>
        <source>Type an amount, such as 2,50.</source>
        <translation>Tapez un montant, par exemple 2,50.</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>Remise de %1 %</translation>
    </message>
    <message>
        <source>%1 off each</source>
        <translation>Remise de %1 par article</translation>
    </message>
    <message>
        <source>Sale discount %1% (%2)</source>
        <translation>Remise sur la vente %1 % (%2)</translation>
    </message>
    <message>
        <source>Sale discount (%1)</source>
        <translation>Remise sur la vente (%1)</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Comptoir staff</source>
        <translation>Comptoir — équipe</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>Tiroir</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Signed in as %1 for every store</source>
        <translation>Connecté·e en tant que %1 pour tous les magasins</translation>
    </message>
    <message>
        <source>Signed in as staff at %1</source>
        <translation>Connecté·e comme vendeur à %1</translation>
    </message>
    <message>
        <source>Signed in as staff</source>
        <translation>Connecté·e comme vendeur</translation>
    </message>
    <message>
        <source>The cash drawer opened on %1 was never closed. Count it and close it before selling.</source>
        <translation>Le tiroir-caisse ouvert le %1 n’a jamais été fermé. Comptez-le et fermez-le avant de vendre.</translation>
    </message>
    <message>
        <source>Cash drawer (F4)</source>
        <translation>Tiroir-caisse (F4)</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>C’est réglé</translation>
    </message>
    <message>
        <source>Dealt with: remove this notice</source>
        <translation>C’est réglé : retirer cet avis</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>People and devices</source>
        <translation>Équipe et appareils</translation>
    </message>
    <message>
        <source>Closures and journal</source>
        <translation>Clôtures et journal</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal des modifications</translation>
    </message>
</context>
<context>
    <name>StaffLockScreen</name>
    <message>
        <source>Sign %1 out</source>
        <translation>Déconnecter %1</translation>
    </message>
</context>
<context>
    <name>StaffPinPad</name>
    <message>
        <source>PIN</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>StaffPinSignInPage</name>
    <message>
        <source>Locked</source>
        <translation>Caisse verrouillée</translation>
    </message>
    <message>
        <source>Who is at the till?</source>
        <translation>Qui est en caisse ?</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Se connecter en tant que %1</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>New PIN for next time (4 to 8 digits, optional)</source>
        <translation>Nouveau code pour la prochaine fois (4 à 8 chiffres, facultatif)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in with my PIN</source>
        <translation>Me connecter avec mon code</translation>
    </message>
    <message>
        <source>First time? Use your password</source>
        <translation>Première fois ? Utilisez votre mot de passe</translation>
    </message>
</context>
<context>
    <name>StaffRegisterSetupPage</name>
    <message>
        <source>Set up this console as a till</source>
        <translation>Faire de cette console une caisse</translation>
    </message>
    <message>
        <source>A manager signs in once; staff then sign in here with their PIN.</source>
        <translation>Un responsable se connecte une fois ; l’équipe se connecte ensuite ici avec son code.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Manager&apos;s email address</source>
        <translation>Adresse e-mail du responsable</translation>
    </message>
    <message>
        <source>Manager&apos;s password</source>
        <translation>Mot de passe du responsable</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Name of this till</source>
        <translation>Nom de cette caisse</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>Caisse 1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Set up the till</source>
        <translation>Configurer la caisse</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>Comptoir — staff</source>
        <translation>Comptoir — équipe</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Connexion de l’équipe</translation>
    </message>
    <message>
        <source>Set up this console as a till (manager)</source>
        <translation>Faire de cette console une caisse (responsable)</translation>
    </message>
    <message>
        <source>To the safe</source>
        <translation>Au coffre</translation>
    </message>
    <message>
        <source>Loyal customer</source>
        <translation>Client fidèle</translation>
    </message>
    <message>
        <source>Kiosk by the door</source>
        <translation>Borne de l’entrée</translation>
    </message>
</context>
<context>
    <name>StockLevelsView</name>
    <message>
        <source>Search a name, a SKU, or scan a barcode</source>
        <translation>Cherchez un nom, une référence, ou scannez un code-barres</translation>
    </message>
    <message>
        <source>Low stock (≤ %1)</source>
        <translation>Stock bas (≤ %1)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Nothing runs low here.</source>
        <translation>Rien n’est en stock bas ici.</translation>
    </message>
    <message>
        <source>No item matches.</source>
        <translation>Aucun article ne correspond.</translation>
    </message>
    <message>
        <source>Showing the first %1: search to narrow the list.</source>
        <translation>Les %1 premiers sont affichés : cherchez pour affiner la liste.</translation>
    </message>
    <message>
        <source>On hand %1 · reserved %2 · available %3</source>
        <translation>En stock %1 · réservé %2 · disponible %3</translation>
    </message>
    <message>
        <source>Damaged or stolen: take out of the stock</source>
        <translation>Abîmé ou volé : sortir du stock</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Abîmé</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Volé</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Sortir</translation>
    </message>
    <message>
        <source>Send to another store</source>
        <translation>Envoyer à un autre magasin</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Mouvements</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>No move yet.</source>
        <translation>Aucun mouvement.</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Receive a delivery</source>
        <translation>Réceptionner une livraison</translation>
    </message>
    <message>
        <source>Count a shelf</source>
        <translation>Compter un rayon</translation>
    </message>
    <message>
        <source>Running low: %1</source>
        <translation>Stock bas : %1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n autre)</numerusform>
            <numerusform>(+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show low stock</source>
        <translation>Voir les stocks bas</translation>
    </message>
</context>
<context>
    <name>TillApprovalDialog</name>
    <message>
        <source>A manager approves this discount</source>
        <translation>Un responsable valide cette remise</translation>
    </message>
    <message>
        <source>A discount above 20 % needs a manager. They type their email and PIN here: the PIN goes to the server with this sale only and is kept nowhere.</source>
        <translation>Une remise de plus de 20 % demande un responsable. Il tape ici son e-mail et son code PIN : le code part au serveur avec cette vente seulement et n’est gardé nulle part.</translation>
    </message>
    <message>
        <source>Manager&apos;s email</source>
        <translation>E-mail du responsable</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>Code PIN du responsable</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>TillDiscountDialog</name>
    <message>
        <source>Discount on %1</source>
        <translation>Remise sur %1</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Remise sur toute la vente</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Amount off each item</source>
        <translation>Montant par article</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Percentage, for example 10</source>
        <translation>Pourcentage, par exemple 10</translation>
    </message>
    <message>
        <source>Amount, for example 2,50</source>
        <translation>Montant, par exemple 2,50</translation>
    </message>
    <message>
        <source>Reason, for example a loyal customer</source>
        <translation>Motif, par exemple un client fidèle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Above 20 %, a manager approves the discount with their PIN before payment.</source>
        <translation>Au-delà de 20 %, un responsable valide la remise avec son code PIN avant le paiement.</translation>
    </message>
    <message>
        <source>Remove the discount</source>
        <translation>Retirer la remise</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>TillPage</name>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message numerus="yes">
        <source>Sale: %n item(s)</source>
        <translation>
            <numerusform>Vente : %n article</numerusform>
            <numerusform>Vente : %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Scan an item, or search for it on the right.</source>
        <translation>Scannez un article, ou cherchez-le à droite.</translation>
    </message>
    <message>
        <source>Promotion code</source>
        <translation>Code promo</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Search a product, a brand, a code</source>
        <translation>Chercher un produit, une marque, un code</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Chercher dans le catalogue</translation>
    </message>
    <message>
        <source>No product matches.</source>
        <translation>Aucun produit ne correspond.</translation>
    </message>
    <message>
        <source>Type two letters or more.</source>
        <translation>Tapez au moins deux lettres.</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Encaisser %1</translation>
    </message>
    <message>
        <source>Sale discount ✓</source>
        <translation>Remise sur la vente ✓</translation>
    </message>
    <message>
        <source>Sale discount…</source>
        <translation>Remise sur la vente…</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Remise sur toute la vente</translation>
    </message>
    <message>
        <source>A discount above 20 %: a manager approves it with their PIN at payment.</source>
        <translation>Une remise de plus de 20 % : un responsable la valide avec son code PIN au paiement.</translation>
    </message>
    <message>
        <source>Customer&apos;s email (optional)</source>
        <translation>E-mail du client (facultatif)</translation>
    </message>
    <message>
        <source>Customer&apos;s email: the sale is filed under their account</source>
        <translation>E-mail du client : la vente est rattachée à son compte</translation>
    </message>
    <message>
        <source>Offline: the sale goes through, and is filed under this email once the server has it, if an account has it.</source>
        <translation>Hors ligne : la vente se fait, et sera rattachée à cet e-mail quand le serveur la recevra, si un compte l’utilise.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Training mode: sales are not recorded</source>
        <translation>Mode formation : les ventes ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>TRAINING: these sales are not recorded. No money, stock or journal entry moves.</source>
        <translation>FORMATION : ces ventes ne sont pas enregistrées. Ni argent, ni stock, ni écriture du journal ne bougent.</translation>
    </message>
</context>
<context>
    <name>TillPaymentPanel</name>
    <message>
        <source>‹ Back to the sale</source>
        <translation>‹ Retour à la vente</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <source>Exact amount: no change</source>
        <translation>Montant exact : pas de rendu</translation>
    </message>
    <message>
        <source>Change to give: %1</source>
        <translation>À rendre : %1</translation>
    </message>
    <message>
        <source>Not enough for the total</source>
        <translation>Insuffisant pour le total</translation>
    </message>
    <message>
        <source>Take cash</source>
        <translation>Encaisser en espèces</translation>
    </message>
    <message>
        <source>Card on the terminal</source>
        <translation>Carte sur le terminal</translation>
    </message>
    <message>
        <source>Split: part in cash, the rest by card</source>
        <translation>Paiement mixte : une part en espèces, le reste par carte</translation>
    </message>
    <message>
        <source>Cash part</source>
        <translation>Part en espèces</translation>
    </message>
    <message>
        <source>Cash + card</source>
        <translation>Espèces + carte</translation>
    </message>
    <message>
        <source>Sending the sale to the server…</source>
        <translation>Envoi de la vente au serveur…</translation>
    </message>
    <message>
        <source>The terminal is waiting for the card…</source>
        <translation>Le terminal attend la carte…</translation>
    </message>
    <message>
        <source>Open the cash drawer before taking cash.</source>
        <translation>Ouvrez le tiroir-caisse avant d’encaisser des espèces.</translation>
    </message>
    <message>
        <source>Cash drawer (F4)</source>
        <translation>Tiroir-caisse (F4)</translation>
    </message>
    <message>
        <source>Remove the discount and sell without it</source>
        <translation>Retirer la remise et vendre sans elle</translation>
    </message>
</context>
<context>
    <name>TillReceiptPanel</name>
    <message>
        <source>Change to give: %1</source>
        <translation>À rendre : %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Made offline: the sale reaches the server when the link is back.</source>
        <translation>Vente hors ligne : elle parviendra au serveur au retour du réseau.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>VAT %1: %2 on %3</source>
        <translation>TVA %1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <source>For a return</source>
        <translation>Pour un retour</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>Rouleau 80 mm</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Client suivant</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>TRAINING: NOT A SALE</source>
        <translation>FORMATION : CECI N’EST PAS UNE VENTE</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicata</translation>
    </message>
    <message>
        <source>Make a numbered duplicate of this receipt</source>
        <translation>Faire un duplicata numéroté de ce ticket</translation>
    </message>
</context>
<context>
    <name>TillSaleLine</name>
    <message>
        <source>Change the discount</source>
        <translation>Modifier la remise</translation>
    </message>
    <message>
        <source>Discount…</source>
        <translation>Remise…</translation>
    </message>
    <message>
        <source>Discount on %1</source>
        <translation>Remise sur %1</translation>
    </message>
</context>
<context>
    <name>TillSearchResult</name>
    <message>
        <source>%1 · %2 in this store</source>
        <translation>%1 · %2 dans ce magasin</translation>
    </message>
    <message>
        <source>%1 · not in stock here</source>
        <translation>%1 · pas en stock ici</translation>
    </message>
</context>
<context>
    <name>TillVariantPicker</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add to the sale</source>
        <translation>Ajouter à la vente</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Cart (%1)</source>
        <translation>Panier (%1)</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Normal text size and contrast</source>
        <translation>Texte et contraste normaux</translation>
    </message>
    <message>
        <source>Larger text and higher contrast</source>
        <translation>Texte plus grand et contraste renforcé</translation>
    </message>
</context>
<context>
    <name>WishlistHeart</name>
    <message>
        <source>Remove from wishlist</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Add to wishlist</source>
        <translation>Ajouter aux favoris</translation>
    </message>
</context>
<context>
    <name>ZReportDocument</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Rapport Z %1</translation>
    </message>
    <message>
        <source>X report %1</source>
        <translation>Rapport X %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert le %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Fermé le %1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>Pay-in: %1</source>
        <translation>Apport : %1</translation>
    </message>
    <message>
        <source>Pay-out: %1</source>
        <translation>Retrait : %1</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>Manque</translation>
    </message>
    <message>
        <source>Over by</source>
        <translation>Excédent</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>Aucun écart</translation>
    </message>
</context>
<context>
    <name>comptoir::app::AccountAccess</name>
    <message>
        <source>Enter the server address, for example https://shop.example.fr.</source>
        <translation>Saisissez l’adresse du serveur, par exemple https://shop.example.fr.</translation>
    </message>
    <message>
        <source>Enter your email address and your password.</source>
        <translation>Saisissez votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>This email address and password do not match.</source>
        <translation>Cette adresse e-mail et ce mot de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>No Comptoir server answers at this address. Check the address and the network.</source>
        <translation>Aucun serveur Comptoir ne répond à cette adresse. Vérifiez l’adresse et le réseau.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop d’essais. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop d’essais. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot answer right now. Try again in a moment.</source>
        <translation>Le serveur ne peut pas répondre pour le moment. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server refused the request. Check what you entered and try again.</source>
        <translation>Le serveur a refusé la demande. Vérifiez votre saisie et réessayez.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::AccountCart</name>
    <message>
        <source>Your cart could not be saved to your account: a product in it is no longer sold. Remove it, and the cart is saved again.</source>
        <translation>Votre panier n’a pas pu être enregistré dans votre compte : un de ses produits n’est plus vendu. Retirez-le, et le panier sera de nouveau enregistré.</translation>
    </message>
    <message>
        <source>Your cart could not be saved to your account. It stays on this computer.</source>
        <translation>Votre panier n’a pas pu être enregistré dans votre compte. Il reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::AccountProfile</name>
    <message>
        <source>The server refused this. Check what you entered.</source>
        <translation>Le serveur a refusé. Vérifiez ce que vous avez saisi.</translation>
    </message>
    <message>
        <source>Some fields need a change: see below each one.</source>
        <translation>Certains champs sont à corriger : voyez sous chacun d’eux.</translation>
    </message>
    <message>
        <source>The shop cannot be reached right now: nothing was changed. Try again when you are online.</source>
        <translation>La boutique est injoignable pour l’instant : rien n’a été modifié. Réessayez une fois en ligne.</translation>
    </message>
    <message>
        <source>Your sign-in has ended: sign in again to change your account.</source>
        <translation>Votre connexion a pris fin : reconnectez-vous pour modifier votre compte.</translation>
    </message>
    <message>
        <source>This address was already removed.</source>
        <translation>Cette adresse était déjà supprimée.</translation>
    </message>
    <message>
        <source>The server refused this. Try again in a moment.</source>
        <translation>Le serveur a refusé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>Remplissez ce champ.</translation>
    </message>
    <message>
        <source>Your details are saved.</source>
        <translation>Vos coordonnées sont enregistrées.</translation>
    </message>
    <message>
        <source>The address is added.</source>
        <translation>L’adresse est ajoutée.</translation>
    </message>
    <message>
        <source>The address is saved.</source>
        <translation>L’adresse est enregistrée.</translation>
    </message>
    <message>
        <source>The address is removed.</source>
        <translation>L’adresse est supprimée.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Choisissez un mot de passe d’au moins %n caractère.</numerusform>
            <numerusform>Choisissez un mot de passe d’au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is changed. Your other devices are signed out; this one stays signed in.</source>
        <translation>Votre mot de passe est changé. Vos autres appareils sont déconnectés ; celui-ci reste connecté.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::Cart</name>
    <message>
        <source>No longer sold</source>
        <translation>Plus vendu</translation>
    </message>
    <message>
        <source>This code is not known.</source>
        <translation>Ce code est inconnu.</translation>
    </message>
    <message>
        <source>This code is not valid today.</source>
        <translation>Ce code n’est pas valable aujourd’hui.</translation>
    </message>
    <message>
        <source>This code has been used up.</source>
        <translation>Ce code a déjà été entièrement utilisé.</translation>
    </message>
    <message>
        <source>This code cannot be used here.</source>
        <translation>Ce code ne peut pas être utilisé ici.</translation>
    </message>
    <message>
        <source>This code applies from %1 of purchases.</source>
        <translation>Ce code s’applique à partir de %1 d’achats.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The discount on %1 is more than its price now: change it.</source>
        <translation>La remise sur %1 dépasse maintenant son prix : modifiez-la.</translation>
    </message>
    <message>
        <source>The sale discount is more than the sale now: change it.</source>
        <translation>La remise sur la vente dépasse maintenant la vente : modifiez-la.</translation>
    </message>
    <message>
        <source>This line is no longer in the sale.</source>
        <translation>Cette ligne n’est plus dans la vente.</translation>
    </message>
    <message>
        <source>A discount cannot be more than the item&apos;s price, %1.</source>
        <translation>Une remise ne peut pas dépasser le prix de l’article, %1.</translation>
    </message>
    <message>
        <source>Ring up the items before discounting the sale.</source>
        <translation>Enregistrez les articles avant de remiser la vente.</translation>
    </message>
    <message>
        <source>Say why the sale is discounted: the reason goes on the sale&apos;s record.</source>
        <translation>Indiquez pourquoi la vente est remisée : le motif est inscrit sur la vente.</translation>
    </message>
    <message>
        <source>Keep the reason under %1 characters.</source>
        <translation>Le motif doit faire moins de %1 caractères.</translation>
    </message>
    <message>
        <source>A discount cannot be more than the sale, %1.</source>
        <translation>Une remise ne peut pas dépasser la vente, %1.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::CartQuote</name>
    <message>
        <source>This code is not known. Check its spelling.</source>
        <translation>Ce code n&apos;existe pas. Vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>This code is not valid today.</source>
        <translation>Ce code n&apos;est pas valable aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>This code has been used up.</source>
        <translation>Ce code a été épuisé.</translation>
    </message>
    <message>
        <source>This code applies from a higher amount of purchases (%1).</source>
        <translation>Ce code s&apos;applique à partir d&apos;un montant d&apos;achats plus élevé (%1).</translation>
    </message>
    <message>
        <source>This code cannot be used on this cart.</source>
        <translation>Ce code ne peut pas être utilisé sur ce panier.</translation>
    </message>
    <message>
        <source>The shop cannot reach the server right now: the totals are those of this computer, and ordering waits until you are back online.</source>
        <translation>La boutique ne joint pas le serveur en ce moment : les totaux sont ceux de cet ordinateur, et la commande attendra votre retour en ligne.</translation>
    </message>
    <message>
        <source>The server cannot price this cart as it is: an item may have been withdrawn. Check your cart.</source>
        <translation>Le serveur ne peut pas chiffrer ce panier tel quel : un article a peut-être été retiré de la vente. Vérifiez votre panier.</translation>
    </message>
    <message>
        <source>The server is not answering right now: the totals are those of this computer. Try again in a moment.</source>
        <translation>Le serveur ne répond pas en ce moment : les totaux sont ceux de cet ordinateur. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1: only %2 left, %3 in your cart</source>
        <translation>%1 : plus que %2, %3 dans votre panier</translation>
    </message>
    <message>
        <source>%1: none left</source>
        <translation>%1 : plus aucun</translation>
    </message>
</context>
<context>
    <name>comptoir::app::CashDrawer</name>
    <message>
        <source>This console is not a till: only a till set up by a manager has a cash drawer.</source>
        <translation>Ce poste n’est pas une caisse : seule une caisse installée par un responsable a un tiroir-caisse.</translation>
    </message>
    <message>
        <source>The drawer is already open since %1.</source>
        <translation>Le tiroir est déjà ouvert depuis %1.</translation>
    </message>
    <message>
        <source>The float</source>
        <translation>Le fond de caisse</translation>
    </message>
    <message>
        <source>This till&apos;s drawer is already open: close it before opening it again.</source>
        <translation>Le tiroir de cette caisse est déjà ouvert : fermez-le avant de le rouvrir.</translation>
    </message>
    <message>
        <source>The drawer is open with a float of %1.</source>
        <translation>Le tiroir est ouvert avec un fond de caisse de %1.</translation>
    </message>
    <message>
        <source>Open the cash drawer first.</source>
        <translation>Ouvrez d’abord le tiroir-caisse.</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>Le montant</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Tapez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out (up to %1 characters).</source>
        <translation>Dites pourquoi les espèces entrent ou sortent (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>This drawer was closed meanwhile: open it again first.</source>
        <translation>Ce tiroir a été fermé entre-temps : rouvrez-le d’abord.</translation>
    </message>
    <message>
        <source>%1 put into the drawer.</source>
        <translation>%1 mis dans le tiroir.</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer.</source>
        <translation>%1 retiré du tiroir.</translation>
    </message>
    <message>
        <source>This drawer is already closed: its Z report is below.</source>
        <translation>Ce tiroir est déjà fermé : son rapport Z est ci-dessous.</translation>
    </message>
    <message>
        <source>The drawer is not open: there is nothing to close.</source>
        <translation>Le tiroir n’est pas ouvert : il n’y a rien à fermer.</translation>
    </message>
    <message>
        <source>The cash counted</source>
        <translation>Le montant compté</translation>
    </message>
    <message>
        <source>This drawer was already closed, maybe on another till: its Z report was made then.</source>
        <translation>Ce tiroir a déjà été fermé, peut-être sur une autre caisse : son rapport Z a été fait à ce moment-là.</translation>
    </message>
    <message>
        <source>The drawer is closed. The count differs from what was expected by %1.</source>
        <translation>Le tiroir est fermé. Le comptage s’écarte de l’attendu de %1.</translation>
    </message>
    <message>
        <source>The drawer is closed and the count matches.</source>
        <translation>Le tiroir est fermé et le comptage est juste.</translation>
    </message>
    <message>
        <source>Print the Z report</source>
        <translation>Imprimer le rapport Z</translation>
    </message>
    <message>
        <source>Print the X report</source>
        <translation>Imprimer le rapport X</translation>
    </message>
    <message>
        <source>The drawer needs the network for this, which is down. Cash sales still work.</source>
        <translation>Le tiroir a besoin du réseau pour cela, et il est coupé. Les ventes en espèces fonctionnent toujours.</translation>
    </message>
    <message>
        <source>The server does not know this drawer. Refresh, then try again.</source>
        <translation>Le serveur ne connaît pas ce tiroir. Actualisez, puis réessayez.</translation>
    </message>
    <message>
        <source>The server refused this amount or reason. Check them.</source>
        <translation>Le serveur a refusé ce montant ou ce motif. Vérifiez-les.</translation>
    </message>
    <message>
        <source>%1 is missing: type an amount, for example 150 or 150,50.</source>
        <translation>%1 manque : tapez un montant, par exemple 150 ou 150,50.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type it in euros, for example 150 or 150,50.</source>
        <translation>« %1 » n’est pas un montant : tapez-le en euros, par exemple 150 ou 150,50.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::Checkout</name>
    <message>
        <source>Your bank refused the payment. Try another card or pay at the counter.</source>
        <translation>Votre banque a refusé le paiement. Essayez une autre carte ou payez en caisse.</translation>
    </message>
    <message>
        <source>This card has expired. Try another card or pay at the counter.</source>
        <translation>Cette carte a expiré. Essayez une autre carte ou payez en caisse.</translation>
    </message>
    <message>
        <source>The card was declined. Try another card or pay at the counter.</source>
        <translation>La carte a été refusée. Essayez une autre carte ou payez en caisse.</translation>
    </message>
    <message>
        <source>The store&apos;s system is not answering. Please pay at the counter, or try again in a moment.</source>
        <translation>Le système du magasin ne répond pas. Payez en caisse, ou réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This kiosk cannot save your order right now. Please ask a member of staff.</source>
        <translation>Cette borne ne peut pas enregistrer votre commande pour le moment. Adressez-vous à un vendeur.</translation>
    </message>
    <message>
        <source>Card payment needs the network, which is down at the moment. You can pay at the counter instead.</source>
        <translation>Le paiement par carte a besoin du réseau, coupé pour le moment. Vous pouvez payer en caisse.</translation>
    </message>
    <message>
        <source>Some items are no longer available in this quantity. Please check your cart.</source>
        <translation>Certains articles ne sont plus disponibles dans cette quantité. Vérifiez votre panier.</translation>
    </message>
    <message>
        <source>Your cart has changed since it was filled (a price, a code or an item). Please check it again.</source>
        <translation>Votre panier a changé depuis que vous l’avez rempli (un prix, un code ou un article). Vérifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>Your order could not be placed. Please ask a member of staff.</source>
        <translation>Votre commande n’a pas pu être passée. Adressez-vous à un vendeur.</translation>
    </message>
    <message>
        <source>This card cannot be read. Try another card or pay at the counter.</source>
        <translation>Cette carte est illisible. Essayez une autre carte ou payez en caisse.</translation>
    </message>
    <message>
        <source>The terminal could not reach the bank. Try again, or pay at the counter.</source>
        <translation>Le terminal n’a pas pu joindre la banque. Réessayez, ou payez en caisse.</translation>
    </message>
    <message>
        <source>The payment was refused. Try another card or pay at the counter.</source>
        <translation>Le paiement a été refusé. Essayez une autre carte ou payez en caisse.</translation>
    </message>
    <message>
        <source>Waiting for the store&apos;s system (the order is saved here)</source>
        <translation>En attente du système du magasin (la commande est enregistrée ici)</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Paid, being prepared</source>
        <translation>Payée, en préparation</translation>
    </message>
    <message>
        <source>Ready to collect</source>
        <translation>Prête à retirer</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Refused by the store&apos;s system: please ask a member of staff</source>
        <translation>Refusée par le système du magasin : adressez-vous à un vendeur</translation>
    </message>
    <message>
        <source>We could not confirm your payment. Please ask a member of staff before paying again: you will not be charged twice.</source>
        <translation>Nous n’avons pas pu confirmer votre paiement. Demandez à un vendeur avant de payer à nouveau : vous ne serez pas débité deux fois.</translation>
    </message>
    <message>
        <source>Ordering needs the network, which is down at the moment.</source>
        <translation>Commander demande le réseau, qui est coupé pour le moment.</translation>
    </message>
    <message>
        <source>Your bank refused the payment (insufficient funds). Your order is kept: try another card.</source>
        <translation>Votre banque a refusé le paiement (provision insuffisante). Votre commande est conservée : essayez une autre carte.</translation>
    </message>
    <message>
        <source>Your bank says this card has expired. Your order is kept: check the expiry date or try another card.</source>
        <translation>Votre banque indique que cette carte a expiré. Votre commande est conservée : vérifiez la date d&apos;expiration ou essayez une autre carte.</translation>
    </message>
    <message>
        <source>Your bank declined this card. Your order is kept: try another card, or call your bank.</source>
        <translation>Votre banque a refusé cette carte. Votre commande est conservée : essayez une autre carte, ou appelez votre banque.</translation>
    </message>
    <message>
        <source>Your order cannot be saved on this computer right now. Please try again.</source>
        <translation>Votre commande ne peut pas être enregistrée sur cet ordinateur pour le moment. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Ordering needs the network, which is down at the moment. Your cart is kept: try again once you are back online.</source>
        <translation>Commander nécessite le réseau, indisponible pour le moment. Votre panier est conservé : réessayez une fois de retour en ligne.</translation>
    </message>
    <message>
        <source>Your order could not be placed. Please try again in a moment.</source>
        <translation>Votre commande n&apos;a pas pu être passée. Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <source>This card number, expiry date or security code is not right. Check them and try again.</source>
        <translation>Le numéro, la date d&apos;expiration ou le cryptogramme de cette carte n&apos;est pas correct. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>We could not reach the bank. Your order is kept: try again in a moment.</source>
        <translation>Nous n&apos;avons pas pu joindre la banque. Votre commande est conservée : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The payment was refused. Your order is kept: try another card.</source>
        <translation>Le paiement a été refusé. Votre commande est conservée : essayez une autre carte.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::CheckoutAddresses</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Veuillez remplir ce champ.</translation>
    </message>
    <message>
        <source>This postal code does not exist in this country (in France: 5 digits).</source>
        <translation>Ce code postal n&apos;existe pas dans ce pays (en France : 5 chiffres).</translation>
    </message>
    <message>
        <source>Write the country as its two-letter code, for example FR or BE.</source>
        <translation>Écrivez le pays avec son code à deux lettres, par exemple FR ou BE.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <source>This text cannot be used here: keep to letters, digits and punctuation.</source>
        <translation>Ce texte ne peut pas être utilisé ici : tenez-vous-en aux lettres, chiffres et signes de ponctuation.</translation>
    </message>
    <message>
        <source>Some fields of this address need fixing (see below each one).</source>
        <translation>Certains champs de cette adresse sont à corriger (voir sous chacun).</translation>
    </message>
    <message>
        <source>The address could not be saved: the server is not answering. Try again in a moment.</source>
        <translation>L&apos;adresse n&apos;a pas pu être enregistrée : le serveur ne répond pas. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The address could not be saved. Check it and try again.</source>
        <translation>L&apos;adresse n&apos;a pas pu être enregistrée. Vérifiez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::CustomerAccess</name>
    <message>
        <source>This is a staff account. Sign in with your customer account, or create one.</source>
        <translation>C’est un compte du personnel. Connectez-vous avec votre compte client, ou créez-en un.</translation>
    </message>
    <message>
        <source>Enter your name and your email address.</source>
        <translation>Saisissez votre nom et votre adresse e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Choisissez un mot de passe d’au moins %n caractère.</numerusform>
            <numerusform>Choisissez un mot de passe d’au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>An account already uses this email address. Sign in instead.</source>
        <translation>Un compte utilise déjà cette adresse e-mail. Connectez-vous plutôt.</translation>
    </message>
    <message>
        <source>This email address does not look right.</source>
        <translation>Cette adresse e-mail ne semble pas correcte.</translation>
    </message>
    <message>
        <source>This name cannot be used: keep to letters, numbers and punctuation.</source>
        <translation>Ce nom ne peut pas être utilisé : lettres, chiffres et ponctuation seulement.</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Saisissez l’adresse e-mail de votre compte.</translation>
    </message>
    <message>
        <source>If an account uses this address, a mail with a link to choose a new password is on its way. It is valid for one hour. Open the link, or paste it below.</source>
        <translation>Si un compte utilise cette adresse, un e-mail avec un lien pour choisir un nouveau mot de passe est en route. Il est valable une heure. Ouvrez le lien, ou collez-le ci-dessous.</translation>
    </message>
    <message>
        <source>This reset link was already used, has expired or is not one of ours. Ask for a new one with &quot;Forgot your password?&quot;.</source>
        <translation>Ce lien de réinitialisation a déjà servi, a expiré ou ne vient pas de nous. Demandez-en un nouveau avec « Mot de passe oublié ? ».</translation>
    </message>
    <message>
        <source>Your password is changed, and you are signed out on every device. Sign in with your new password.</source>
        <translation>Votre mot de passe est changé, et vous êtes déconnecté sur tous vos appareils. Connectez-vous avec votre nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::DeviceEnrolment</name>
    <message>
        <source>Give the device a name people will recognise, such as “Till 2”.</source>
        <translation>Donnez à l’appareil un nom que l’équipe reconnaîtra, comme « Caisse 2 ».</translation>
    </message>
    <message>
        <source>Choose the store the device stands in.</source>
        <translation>Choisissez le magasin où se trouve l’appareil.</translation>
    </message>
    <message>
        <source>%1 is enrolled. Type or scan its token on the device now: it is shown only once.</source>
        <translation>%1 est enregistré. Saisissez ou scannez son jeton sur l’appareil maintenant : il n’est montré qu’une fois.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::FacetModel</name>
    <message>
        <source>Under %1</source>
        <translation>Moins de %1</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 et plus</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>In stock at %1</source>
        <translation>En stock à %1</translation>
    </message>
    <message>
        <source>In stock at my store</source>
        <translation>En stock dans mon magasin</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
</context>
<context>
    <name>comptoir::app::JournalArchive</name>
    <message>
        <source>this closure</source>
        <translation>cette clôture</translation>
    </message>
    <message>
        <source>The archive is saved as %1, with its signature beside it.</source>
        <translation>L’archive est enregistrée sous %1, avec sa signature à côté.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::KioskAccess</name>
    <message>
        <source>Enter the server address, for example http://192.168.1.10:8080.</source>
        <translation>Saisissez l’adresse du serveur, par exemple http://192.168.1.10:8080.</translation>
    </message>
    <message>
        <source>Enter the device token given when this kiosk was registered.</source>
        <translation>Saisissez le jeton donné à l’enregistrement de cette borne.</translation>
    </message>
    <message>
        <source>Choose an operator PIN of 4 to 12 digits.</source>
        <translation>Choisissez un code opérateur de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>No Comptoir server answers at this address. Check the address and the network.</source>
        <translation>Aucun serveur Comptoir ne répond à cette adresse. Vérifiez l’adresse et le réseau.</translation>
    </message>
    <message>
        <source>The server does not know this device token. Check it, or register the kiosk again.</source>
        <translation>Le serveur ne connaît pas ce jeton. Vérifiez-le, ou enregistrez à nouveau la borne.</translation>
    </message>
    <message>
        <source>The server refused the setup (%1). Try again in a moment.</source>
        <translation>Le serveur a refusé la configuration (%1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This token belongs to a person, not to a kiosk. Register the kiosk to get its own token.</source>
        <translation>Ce jeton appartient à une personne, pas à une borne. Enregistrez la borne pour obtenir son propre jeton.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::LowStockWatch</name>
    <message numerus="yes">
        <source>%1 (%2): %n left</source>
        <translation>
            <numerusform>%1 (%2) : %n restant</numerusform>
            <numerusform>%1 (%2) : %n restants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::app::MovementLedgerModel</name>
    <message>
        <source>Sent to another store</source>
        <translation>Envoyé à un autre magasin</translation>
    </message>
    <message>
        <source>Received from another store</source>
        <translation>Reçu d’un autre magasin</translation>
    </message>
    <message>
        <source>Reserved for an order</source>
        <translation>Réservé pour une commande</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Released by an order</source>
        <translation>Libéré par une commande</translation>
    </message>
    <message>
        <source>Delivery received</source>
        <translation>Livraison reçue</translation>
    </message>
    <message>
        <source>Shelf count</source>
        <translation>Inventaire du rayon</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Abîmé</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Volé</translation>
    </message>
    <message>
        <source>Returned by a customer</source>
        <translation>Retourné par un client</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>comptoir::app::OrderDesk</name>
    <message>
        <source>Order %1 is ready: the customer is told they can collect it.</source>
        <translation>La commande %1 est prête : le client est prévenu qu’il peut la retirer.</translation>
    </message>
    <message>
        <source>Order %1 is no longer waiting to be prepared: someone may have done it already.</source>
        <translation>La commande %1 n’attend plus d’être préparée : quelqu’un l’a peut-être déjà fait.</translation>
    </message>
    <message>
        <source>Scan the QR code of the customer&apos;s receipt, or type the order&apos;s number.</source>
        <translation>Scannez le QR code du ticket du client, ou tapez le numéro de la commande.</translation>
    </message>
    <message>
        <source>No order of this store has the number %1. Check the number on the receipt.</source>
        <translation>Aucune commande de ce magasin ne porte le numéro %1. Vérifiez le numéro sur le ticket.</translation>
    </message>
    <message>
        <source>Order %1 is not ready yet: prepare it and mark it ready first.</source>
        <translation>La commande %1 n’est pas encore prête : préparez-la et marquez-la prête d’abord.</translation>
    </message>
    <message>
        <source>Order %1 was already collected.</source>
        <translation>La commande %1 a déjà été retirée.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled: do not hand it over.</source>
        <translation>La commande %1 a été annulée : ne la remettez pas.</translation>
    </message>
    <message>
        <source>Order %1 is not paid: it cannot be handed over.</source>
        <translation>La commande %1 n’est pas payée : elle ne peut pas être remise.</translation>
    </message>
    <message>
        <source>Order %1 handed over. Thank the customer!</source>
        <translation>Commande %1 remise. Remerciez le client !</translation>
    </message>
    <message>
        <source>Order %1 cannot be handed over in its present state.</source>
        <translation>La commande %1 ne peut pas être remise dans son état actuel.</translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation>Indiquez pourquoi la commande est annulée.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled: its items go back on the shelf and its payment is refunded.</source>
        <translation>La commande %1 est annulée : ses articles retournent en rayon et son paiement est remboursé.</translation>
    </message>
    <message>
        <source>Order %1 can no longer be cancelled: it was collected or cancelled already.</source>
        <translation>La commande %1 ne peut plus être annulée : elle a déjà été retirée ou annulée.</translation>
    </message>
    <message>
        <source>Order %1 is not one of this store&apos;s orders: it cannot be changed here.</source>
        <translation>La commande %1 n’est pas une commande de ce magasin : elle ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <source>The payment processor did not refund order %1, so it is not cancelled. Try again in a moment.</source>
        <translation>Le prestataire de paiement n’a pas remboursé la commande %1 : elle n’est donc pas annulée. Réessayez dans un moment.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::OrderNotices</name>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
</context>
<context>
    <name>comptoir::app::OrderQueueModel</name>
    <message>
        <source>Counter sale</source>
        <translation>Vente au comptoir</translation>
    </message>
    <message>
        <source>Kiosk, pick up here</source>
        <translation>Borne, retrait ici</translation>
    </message>
    <message>
        <source>Counter, pick up later</source>
        <translation>Comptoir, retrait plus tard</translation>
    </message>
    <message>
        <source>Click &amp; collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <source>just in</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n min</source>
        <translation>
            <numerusform>en attente depuis %n min</numerusform>
            <numerusform>en attente depuis %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n h</source>
        <translation>
            <numerusform>en attente depuis %n h</numerusform>
            <numerusform>en attente depuis %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n day(s)</source>
        <translation>
            <numerusform>en attente depuis %n jour</numerusform>
            <numerusform>en attente depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shelved</source>
        <translation>Hors rayon</translation>
    </message>
</context>
<context>
    <name>comptoir::app::PickupStores</name>
    <message>
        <source>%1 (only %2)</source>
        <translation>%1 (seulement %2)</translation>
    </message>
    <message>
        <source>Missing here: %1</source>
        <translation>Manque ici : %1</translation>
    </message>
</context>
<context>
    <name>comptoir::app::ProductDetail</name>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>VAT included (%1 %)</source>
        <translation>TVA incluse (%1 %)</translation>
    </message>
    <message>
        <source>In stock here: %1</source>
        <translation>En stock ici : %1</translation>
    </message>
    <message>
        <source>Not in stock in this store</source>
        <translation>Pas en stock dans ce magasin</translation>
    </message>
    <message>
        <source>Online: ships in 2 days</source>
        <translation>En ligne : expédié sous 2 jours</translation>
    </message>
    <message>
        <source>Not available online</source>
        <translation>Indisponible en ligne</translation>
    </message>
</context>
<context>
    <name>comptoir::app::ProductEditor</name>
    <message>
        <source>Give the product a name.</source>
        <translation>Donnez un nom au produit.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <source>A product needs at least one variant to sell.</source>
        <translation>Un produit a besoin d’au moins une déclinaison pour être vendu.</translation>
    </message>
    <message>
        <source>Give this variant a reference (SKU).</source>
        <translation>Donnez une référence (SKU) à cette déclinaison.</translation>
    </message>
    <message>
        <source>Type a price, such as 12,50, above zero and under one million.</source>
        <translation>Saisissez un prix, comme 12,50, au-dessus de zéro et sous le million.</translation>
    </message>
    <message>
        <source>This barcode&apos;s last digit does not match: check it was typed right.</source>
        <translation>Le dernier chiffre de ce code-barres ne correspond pas : vérifiez la saisie.</translation>
    </message>
    <message>
        <source>A barcode here is an EAN-13: thirteen digits.</source>
        <translation>Un code-barres ici est un EAN-13 : treize chiffres.</translation>
    </message>
    <message>
        <source>this product</source>
        <translation>ce produit</translation>
    </message>
    <message>
        <source>Some fields need a look before saving.</source>
        <translation>Certains champs sont à revoir avant d’enregistrer.</translation>
    </message>
    <message>
        <source>The product is in the catalog.</source>
        <translation>Le produit est au catalogue.</translation>
    </message>
    <message>
        <source>Your changes are saved.</source>
        <translation>Vos modifications sont enregistrées.</translation>
    </message>
    <message>
        <source>Someone else saved this product while you were editing it. Compare both versions and choose which one to keep: nothing was overwritten.</source>
        <translation>Quelqu’un d’autre a enregistré ce produit pendant que vous le modifiiez. Comparez les deux versions et choisissez celle à garder : rien n’a été écrasé.</translation>
    </message>
    <message>
        <source>Their version is kept; yours was dropped.</source>
        <translation>Leur version est gardée ; la vôtre est abandonnée.</translation>
    </message>
    <message>
        <source>The product is archived: it is no longer sold; past orders keep it.</source>
        <translation>Le produit est archivé : il n’est plus vendu ; les commandes passées le gardent.</translation>
    </message>
    <message>
        <source>The image %1 could not be read.</source>
        <translation>L’image %1 n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>This image is larger than 2 MB: make it smaller first.</source>
        <translation>Cette image dépasse 2 Mo : réduisez-la d’abord.</translation>
    </message>
    <message>
        <source>This file is not a JPEG, PNG or WebP image.</source>
        <translation>Ce fichier n’est pas une image JPEG, PNG ou WebP.</translation>
    </message>
    <message>
        <source>The image is saved.</source>
        <translation>L’image est enregistrée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>VAT class</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Price of %1</source>
        <translation>Prix de %1</translation>
    </message>
    <message>
        <source>Barcode of %1</source>
        <translation>Code-barres de %1</translation>
    </message>
</context>
<context>
    <name>comptoir::app::ProductListModel</name>
    <message>
        <source>from %1</source>
        <translation>dès %1</translation>
    </message>
</context>
<context>
    <name>comptoir::app::RefusedSales</name>
    <message>
        <source>its promotion code had been used up or had ended meanwhile</source>
        <translation>son code promotionnel avait été épuisé ou avait pris fin entre-temps</translation>
    </message>
    <message>
        <source>the customer&apos;s email was refused</source>
        <translation>l’e-mail du client a été refusé</translation>
    </message>
    <message>
        <source>an item or a price in it is no longer sold as it was</source>
        <translation>un article ou un prix n’est plus vendu tel quel</translation>
    </message>
    <message>
        <source>the person who rang it up may no longer sell at this store</source>
        <translation>la personne qui l’a enregistrée ne peut plus vendre dans ce magasin</translation>
    </message>
    <message>
        <source>it conflicted with what the server had recorded meanwhile (a drawer closed, an order changed)</source>
        <translation>elle contredisait ce que le serveur avait enregistré entre-temps (un tiroir fermé, une commande modifiée)</translation>
    </message>
    <message>
        <source>its sale is not on the server</source>
        <translation>sa vente n’est pas sur le serveur</translation>
    </message>
    <message>
        <source>the server could not take it</source>
        <translation>le serveur n’a pas pu l’accepter</translation>
    </message>
    <message>
        <source>The sale %1 of %2, made while offline, was refused by the server: %3. The customer has paid: a manager must record it again.</source>
        <translation>La vente %1 du %2, faite hors ligne, a été refusée par le serveur : %3. Le client a payé : un responsable doit l’enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>The payment of sale %1 of %2 was refused by the server: %3. The customer has paid: a manager must record the payment.</source>
        <translation>Le paiement de la vente %1 du %2 a été refusé par le serveur : %3. Le client a payé : un responsable doit enregistrer le paiement.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::ReturnDesk</name>
    <message>
        <source>Returns need the server, which cannot be reached right now: it decides the refund and the stock. Try again once the link is back; nothing was changed.</source>
        <translation>Les retours ont besoin du serveur, injoignable pour le moment : c’est lui qui décide du remboursement et du stock. Réessayez quand la liaison sera revenue ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>the web shop</source>
        <translation>la boutique en ligne</translation>
    </message>
    <message>
        <source>Sale %1 was never paid: there is nothing to take back or refund.</source>
        <translation>La vente %1 n’a jamais été payée : il n’y a rien à reprendre ni à rembourser.</translation>
    </message>
    <message>
        <source>Sale %1 was cancelled and refunded: nothing of it can come back.</source>
        <translation>La vente %1 a été annulée et remboursée : rien ne peut en revenir.</translation>
    </message>
    <message>
        <source>The goods of order %1 were not handed over yet: cancel the order from the queue instead.</source>
        <translation>La marchandise de la commande %1 n’a pas encore été remise : annulez plutôt la commande depuis la file.</translation>
    </message>
    <message>
        <source>Everything of sale %1 came back already: nothing is left to return.</source>
        <translation>Tout ce qui a été vendu dans la vente %1 est déjà revenu : il ne reste rien à reprendre.</translation>
    </message>
    <message>
        <source>This is an item&apos;s barcode. Scan the QR code of the receipt first to find the sale.</source>
        <translation>Ceci est le code-barres d’un article. Scannez d’abord le QR code du ticket pour retrouver la vente.</translation>
    </message>
    <message>
        <source>This item is not on sale %1: it cannot come back against this receipt.</source>
        <translation>Cet article n’est pas dans la vente %1 : il ne peut pas être repris sur ce ticket.</translation>
    </message>
    <message>
        <source>Scan the QR code of the receipt, or type the sale&apos;s number.</source>
        <translation>Scannez le QR code du ticket, ou tapez le numéro de la vente.</translation>
    </message>
    <message>
        <source>No sale of this store has the number %1. Check the number on the receipt; a sale of another store or of the web shop is found by scanning its receipt&apos;s QR code.</source>
        <translation>Aucune vente de ce magasin ne porte le numéro %1. Vérifiez le numéro sur le ticket ; une vente d’un autre magasin ou de la boutique en ligne se retrouve en scannant le QR code de son ticket.</translation>
    </message>
    <message>
        <source>No sale has this receipt code. Check that the receipt is one of ours, or type its number.</source>
        <translation>Aucune vente n’a ce code de ticket. Vérifiez que le ticket est bien des nôtres, ou tapez son numéro.</translation>
    </message>
    <message>
        <source>The server does not know sale %1.</source>
        <translation>Le serveur ne connaît pas la vente %1.</translation>
    </message>
    <message>
        <source>Nothing more of “%1” can come back: %2 sold, %3 returned already.</source>
        <translation>Plus rien de « %1 » ne peut revenir : %2 vendu(s), %3 déjà rendu(s).</translation>
    </message>
    <message>
        <source>Only %1 of “%2” can come back: %3 sold, %4 returned already.</source>
        <translation>Seulement %1 de « %2 » peut revenir : %3 vendu(s), %4 déjà rendu(s).</translation>
    </message>
    <message>
        <source>Find the sale first: scan the QR code of its receipt or type its number.</source>
        <translation>Retrouvez d’abord la vente : scannez le QR code de son ticket ou tapez son numéro.</translation>
    </message>
    <message>
        <source>Choose what comes back: set the quantity of each line returned.</source>
        <translation>Choisissez ce qui revient : indiquez la quantité rendue de chaque ligne.</translation>
    </message>
    <message>
        <source>The reason is too long: say it in %1 characters at most.</source>
        <translation>Le motif est trop long : dites-le en %1 caractères au plus.</translation>
    </message>
    <message>
        <source>This console has no cash drawer: refund to the original payment, or take the return at a till.</source>
        <translation>Ce poste n’a pas de tiroir-caisse : remboursez sur le paiement d’origine, ou prenez le retour à une caisse.</translation>
    </message>
    <message>
        <source>Open this till&apos;s cash drawer first (F4): a cash refund comes out of it.</source>
        <translation>Ouvrez d’abord le tiroir de cette caisse (F4) : un remboursement en espèces en sort.</translation>
    </message>
    <message>
        <source>The card&apos;s processor refused the refund: nothing was taken back. Refund in cash from the drawer instead, or try again.</source>
        <translation>Le prestataire de paiement a refusé le remboursement : rien n’a été repris. Remboursez plutôt en espèces depuis le tiroir, ou réessayez.</translation>
    </message>
    <message>
        <source>The server did not confirm the return. Take it back again: the same return is never refunded twice.</source>
        <translation>Le serveur n’a pas confirmé le retour. Reprenez-le à nouveau : un même retour n’est jamais remboursé deux fois.</translation>
    </message>
    <message>
        <source>This sale was paid in cash, at least in part: its refund comes out of this till&apos;s drawer, which is not open. Open the drawer (F4), then try again.</source>
        <translation>Cette vente a été payée en espèces, au moins en partie : son remboursement sort du tiroir de cette caisse, qui n’est pas ouvert. Ouvrez le tiroir (F4), puis réessayez.</translation>
    </message>
    <message>
        <source>This sale was paid in cash, at least in part: its refund comes out of a till&apos;s drawer. Take the return at a till with its drawer open.</source>
        <translation>Cette vente a été payée en espèces, au moins en partie : son remboursement sort du tiroir d’une caisse. Prenez le retour à une caisse dont le tiroir est ouvert.</translation>
    </message>
    <message>
        <source>Less of this sale remains than was chosen: some of it came back meanwhile, maybe at another till. It is shown again as it is now: choose again.</source>
        <translation>Il reste moins de cette vente que ce qui a été choisi : une partie est revenue entre-temps, peut-être à une autre caisse. Elle est réaffichée telle qu’elle est maintenant : choisissez à nouveau.</translation>
    </message>
    <message>
        <source>To put the goods back on sale, take the return at a till of a store.</source>
        <translation>Pour remettre la marchandise en vente, prenez le retour à une caisse d’un magasin.</translation>
    </message>
    <message>
        <source>This sale cannot be returned in its present state.</source>
        <translation>Cette vente ne peut pas être reprise dans son état actuel.</translation>
    </message>
    <message>
        <source>This till&apos;s drawer was closed meanwhile: open it again (F4), or refund to the original payment.</source>
        <translation>Le tiroir de cette caisse a été fermé entre-temps : rouvrez-le (F4), ou remboursez sur le paiement d’origine.</translation>
    </message>
    <message>
        <source>The server no longer knows this sale. Find it again.</source>
        <translation>Le serveur ne connaît plus cette vente. Retrouvez-la à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of sale %1 taken back; %2 refunded.</source>
        <translation>
            <numerusform>%n article de la vente %1 repris ; %2 remboursé.</numerusform>
            <numerusform>%n articles de la vente %1 repris ; %2 remboursé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the return slip</source>
        <translation>Imprimer le bon de retour</translation>
    </message>
</context>
<context>
    <name>comptoir::app::SalesDashboard</name>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card terminal</source>
        <translation>Terminal de paiement</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
</context>
<context>
    <name>comptoir::app::ScanTally</name>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Matches the stock</source>
        <translation>Conforme au stock</translation>
    </message>
    <message>
        <source>Not confirmed: apply again (it will not count twice)</source>
        <translation>Non confirmé : appliquez à nouveau (rien ne sera compté deux fois)</translation>
    </message>
    <message>
        <source>The code %1 is not in the catalog: nothing was added. Scan it again or type its SKU.</source>
        <translation>Le code %1 n’est pas au catalogue : rien n’a été ajouté. Scannez-le à nouveau ou tapez sa référence.</translation>
    </message>
    <message>
        <source>%1 is being sent as it is: apply the tally first, then scan more.</source>
        <translation>%1 est en cours d’envoi tel quel : appliquez d’abord le comptage, puis scannez la suite.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scanned</source>
        <translation>
            <numerusform>%1 : %n scanné</numerusform>
            <numerusform>%1 : %n scannés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be applied: see why on each line.</source>
        <translation>
            <numerusform>%n ligne n’a pas pu être appliquée : voyez pourquoi sur la ligne.</numerusform>
            <numerusform>%n lignes n’ont pas pu être appliquées : voyez pourquoi sur chaque ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery received: %n item(s) added to the stock.</source>
        <translation>
            <numerusform>Livraison reçue : %n article ajouté au stock.</numerusform>
            <numerusform>Livraison reçue : %n articles ajoutés au stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count applied: the stock now says what is on the shelf.</source>
        <translation>Inventaire appliqué : le stock correspond maintenant au rayon.</translation>
    </message>
    <message>
        <source>The server does not know this item.</source>
        <translation>Le serveur ne connaît pas cet article.</translation>
    </message>
    <message>
        <source>The stock cannot go below zero: count the shelf instead.</source>
        <translation>Le stock ne peut pas passer sous zéro : comptez plutôt le rayon.</translation>
    </message>
    <message>
        <source>The server refused this quantity.</source>
        <translation>Le serveur a refusé cette quantité.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::ShopCheckout</name>
    <message>
        <source>Choose a store to collect from, or an address to deliver to.</source>
        <translation>Choisissez un magasin de retrait, ou une adresse de livraison.</translation>
    </message>
    <message>
        <source>Some items ran out before your order was placed: %1. Change your cart or choose another store.</source>
        <translation>Des articles ont été épuisés avant que votre commande soit passée : %1. Modifiez votre panier ou choisissez un autre magasin.</translation>
    </message>
    <message>
        <source>%1 Remove the code in your cart to order without it.</source>
        <translation>%1 Retirez le code dans votre panier pour commander sans lui.</translation>
    </message>
    <message>
        <source>The server is not answering. Try again in a moment.</source>
        <translation>Le serveur ne répond pas. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This store no longer has everything: %1. Choose another store or change your cart.</source>
        <translation>Ce magasin n&apos;a plus tout : %1. Choisissez un autre magasin ou modifiez votre panier.</translation>
    </message>
    <message>
        <source>Some items cannot be delivered in this quantity: %1. Change your cart.</source>
        <translation>Certains articles ne peuvent pas être livrés dans cette quantité : %1. Modifiez votre panier.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::ShopOrder</name>
    <message>
        <source>Placed on %1</source>
        <translation>Passée le %1</translation>
    </message>
    <message>
        <source>Click &amp; collect at %1</source>
        <translation>Retrait en magasin à %1</translation>
    </message>
    <message>
        <source>Delivered to %1</source>
        <translation>Livrée à %1</translation>
    </message>
    <message>
        <source>Taken away at %1</source>
        <translation>Emportée à %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n product(s) of this order are in your cart again.</source>
        <translation>
            <numerusform>Le produit de cette commande est de nouveau dans votre panier.</numerusform>
            <numerusform>Les %n produits de cette commande sont de nouveau dans votre panier.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these products is sold any more: %1.</source>
        <translation>Aucun de ces produits n’est plus vendu : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) are in your cart again. No longer sold: %1.</source>
        <translation>
            <numerusform>%n produit est de nouveau dans votre panier. Plus vendus : %1.</numerusform>
            <numerusform>%n produits sont de nouveau dans votre panier. Plus vendus : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop cannot reach the server right now: try again once you are back online.</source>
        <translation>La boutique ne joint pas le serveur pour l’instant : réessayez une fois de nouveau en ligne.</translation>
    </message>
    <message>
        <source>Your order is cancelled. Nothing was charged.</source>
        <translation>Votre commande est annulée. Rien n’a été débité.</translation>
    </message>
    <message>
        <source>This order could not be found.</source>
        <translation>Cette commande est introuvable.</translation>
    </message>
    <message>
        <source>This order can no longer be cancelled: it is already paid. Contact the store to return it.</source>
        <translation>Cette commande ne peut plus être annulée : elle est déjà payée. Contactez le magasin pour la retourner.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::StaffAccess</name>
    <message>
        <source>This is a customer account. The staff console is for the store&apos;s staff.</source>
        <translation>C’est un compte client. La console est réservée au personnel du magasin.</translation>
    </message>
    <message>
        <source>This account cannot sign in to the staff console.</source>
        <translation>Ce compte ne peut pas se connecter à la console du personnel.</translation>
    </message>
    <message>
        <source>A manager enters their email address and password to set up this till.</source>
        <translation>Un responsable saisit son adresse e-mail et son mot de passe pour configurer cette caisse.</translation>
    </message>
    <message>
        <source>Choose the store and give this till a name (for example &quot;Till 1&quot;).</source>
        <translation>Choisissez le magasin et donnez un nom à cette caisse (par exemple « Caisse 1 »).</translation>
    </message>
    <message>
        <source>This email address and password do not match.</source>
        <translation>Cette adresse e-mail et ce mot de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Only a manager can set up a till. Ask a manager to sign in here.</source>
        <translation>Seul un responsable peut configurer une caisse. Demandez à un responsable de se connecter ici.</translation>
    </message>
    <message>
        <source>The server refused this store or this name.</source>
        <translation>Le serveur a refusé ce magasin ou ce nom.</translation>
    </message>
    <message>
        <source>This console cannot keep its till credential. Check the disk.</source>
        <translation>Cette console ne peut pas conserver son identifiant de caisse. Vérifiez le disque.</translation>
    </message>
    <message>
        <source>This console is not set up as a till: sign in with your password.</source>
        <translation>Cette console n’est pas configurée comme caisse : connectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <source>Choose who you are, then type your PIN.</source>
        <translation>Choisissez qui vous êtes, puis tapez votre code.</translation>
    </message>
    <message>
        <source>This PIN does not match. Try again.</source>
        <translation>Ce code ne correspond pas. Réessayez.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: PIN sign-in is locked for you. Sign in with your password to unlock it.</source>
        <translation>Trop de codes erronés : la connexion par code est bloquée pour vous. Connectez-vous avec votre mot de passe pour la débloquer.</translation>
    </message>
    <message>
        <source>You work in another store: this till is not yours.</source>
        <translation>Vous travaillez dans un autre magasin : cette caisse n’est pas la vôtre.</translation>
    </message>
    <message>
        <source>This server does not take PINs yet. Sign in with your password.</source>
        <translation>Ce serveur n’accepte pas encore les codes. Connectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <translation>Choisissez un code de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>Your PIN is set: next time, sign in with it.</source>
        <translation>Votre code est enregistré : la prochaine fois, connectez-vous avec.</translation>
    </message>
    <message>
        <source>This PIN cannot be used. Choose 4 to 8 digits.</source>
        <translation>Ce code ne peut pas être utilisé. Choisissez 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>This server does not take PINs yet: keep signing in with your password.</source>
        <translation>Ce serveur n’accepte pas encore les codes : continuez avec votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::StockDesk</name>
    <message>
        <source>Enter how many items leave the stock.</source>
        <translation>Indiquez combien d’articles sortent du stock.</translation>
    </message>
    <message>
        <source>Say whether the items were damaged or stolen.</source>
        <translation>Indiquez si les articles sont abîmés ou volés.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged item(s) of %1 taken out of the stock.</source>
        <translation>
            <numerusform>%n article abîmé de %1 sorti du stock.</numerusform>
            <numerusform>%n articles abîmés de %1 sortis du stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stolen item(s) of %1 taken out of the stock.</source>
        <translation>
            <numerusform>%n article volé de %1 sorti du stock.</numerusform>
            <numerusform>%n articles volés de %1 sortis du stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are fewer than %n item(s) of %1 on hand: count the shelf instead.</source>
        <translation>
            <numerusform>Il y a moins de %n article de %1 en stock : comptez plutôt le rayon.</numerusform>
            <numerusform>Il y a moins de %n articles de %1 en stock : comptez plutôt le rayon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter how many items to send.</source>
        <translation>Indiquez combien d’articles envoyer.</translation>
    </message>
    <message>
        <source>Choose the store the items go to.</source>
        <translation>Choisissez le magasin destinataire.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 sent to %2.</source>
        <translation>
            <numerusform>%n article de %1 envoyé à %2.</numerusform>
            <numerusform>%n articles de %1 envoyés à %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n item(s) of %1 are available to send (some may be reserved for orders).</source>
        <translation>
            <numerusform>Moins de %n article de %1 est disponible à l’envoi (certains sont peut-être réservés pour des commandes).</numerusform>
            <numerusform>Moins de %n articles de %1 sont disponibles à l’envoi (certains sont peut-être réservés pour des commandes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not confirm it. Send it again: it will not be counted twice.</source>
        <translation>Le serveur ne l’a pas confirmé. Renvoyez-le : rien ne sera compté deux fois.</translation>
    </message>
    <message>
        <source>The server does not know this item or this store.</source>
        <translation>Le serveur ne connaît pas cet article ou ce magasin.</translation>
    </message>
    <message>
        <source>The server refused this quantity.</source>
        <translation>Le serveur a refusé cette quantité.</translation>
    </message>
</context>
<context>
    <name>comptoir::app::TillSale</name>
    <message>
        <source>The server is not answering, so the card cannot be charged. Take cash, or try the card again in a moment.</source>
        <translation>Le serveur ne répond pas, la carte ne peut pas être débitée. Encaissez en espèces, ou réessayez la carte dans un instant.</translation>
    </message>
    <message>
        <source>Finish the payment before scanning the next item.</source>
        <translation>Terminez le paiement avant de scanner l’article suivant.</translation>
    </message>
    <message>
        <source>Unknown barcode %1: nothing was added. Check the label, or find the item by searching.</source>
        <translation>Code-barres inconnu %1 : rien n’a été ajouté. Vérifiez l’étiquette, ou cherchez l’article.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ajouté : %1</translation>
    </message>
    <message>
        <source>This till cannot save the sale right now. Try again; if it persists, restart the console.</source>
        <translation>Cette caisse ne peut pas enregistrer la vente pour le moment. Réessayez ; si cela persiste, redémarrez la console.</translation>
    </message>
    <message>
        <source>The cash received is less than the total.</source>
        <translation>Les espèces reçues sont inférieures au total.</translation>
    </message>
    <message>
        <source>This till cannot save the payment right now. Try again.</source>
        <translation>Cette caisse ne peut pas enregistrer le paiement pour le moment. Réessayez.</translation>
    </message>
    <message>
        <source>The card terminal needs the network, which is down. Take cash: it works offline.</source>
        <translation>Le terminal de paiement a besoin du réseau, qui est coupé. Encaissez en espèces : cela fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>The cash part must be more than nothing and less than the total.</source>
        <translation>La part en espèces doit être supérieure à zéro et inférieure au total.</translation>
    </message>
    <message>
        <source>The cash received is less than the cash part.</source>
        <translation>Les espèces reçues sont inférieures à la part en espèces.</translation>
    </message>
    <message>
        <source>The store does not have enough of some items. Check the quantities.</source>
        <translation>Le magasin n’a pas assez de certains articles. Vérifiez les quantités.</translation>
    </message>
    <message>
        <source>A price, a code or an item changed since it was scanned. Check the sale and try again.</source>
        <translation>Un prix, un code ou un article a changé depuis le scan. Vérifiez la vente et réessayez.</translation>
    </message>
    <message>
        <source>The server refused the sale. Check it and try again.</source>
        <translation>Le serveur a refusé la vente. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>The card was declined. Try another card, or take cash.</source>
        <translation>La carte a été refusée. Essayez une autre carte, ou encaissez en espèces.</translation>
    </message>
    <message>
        <source>The card payment could not be confirmed. Check the terminal&apos;s slip before charging again: the card may have been charged.</source>
        <translation>Le paiement par carte n’a pas pu être confirmé. Vérifiez le ticket du terminal avant de débiter à nouveau : la carte a peut-être été débitée.</translation>
    </message>
    <message>
        <source>The payment was refused. Try the card again, or take cash.</source>
        <translation>Le paiement a été refusé. Réessayez la carte, ou encaissez en espèces.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Open the cash drawer before taking cash.</source>
        <translation>Ouvrez le tiroir-caisse avant d’encaisser des espèces.</translation>
    </message>
    <message>
        <source>A discount above 20 % needs a manager&apos;s approval, which only the server can check, and the server cannot be reached. Remove the discount to sell offline, or wait for the link and try again.</source>
        <translation>Une remise de plus de 20 % demande la validation d’un responsable, que seul le serveur peut vérifier, et le serveur est injoignable. Retirez la remise pour vendre hors ligne, ou attendez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>This approval was refused: the email or the PIN is wrong, this person is not a manager, or their PIN is locked. The sale is kept: try again, or change the discount.</source>
        <translation>Cette validation est refusée : l’e-mail ou le code PIN est faux, cette personne n’est pas responsable, ou son code PIN est bloqué. La vente est conservée : réessayez, ou modifiez la remise.</translation>
    </message>
    <message>
        <source>Type the manager&apos;s email and PIN.</source>
        <translation>Tapez l’e-mail et le code PIN du responsable.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The server is not answering, so the customer&apos;s account cannot be checked. Take the cash again in a moment, or go back and clear the email to sell without a customer.</source>
        <translation>Le serveur ne répond pas : le compte du client ne peut pas être vérifié. Encaissez à nouveau dans un instant, ou revenez à la vente et effacez l’e-mail pour vendre sans client.</translation>
    </message>
    <message>
        <source>“%1” is not an email address. Correct it, or clear it to sell without a customer.</source>
        <translation>« %1 » n’est pas une adresse e-mail. Corrigez-la, ou effacez-la pour vendre sans client.</translation>
    </message>
    <message>
        <source>No customer account has the email %1. Correct it, or clear it to sell without a customer. Nothing was paid.</source>
        <translation>Aucun compte client n’a l’e-mail %1. Corrigez-le, ou effacez-le pour vendre sans client. Rien n’a été encaissé.</translation>
    </message>
    <message>
        <source>Finish or cancel this sale before switching training mode.</source>
        <translation>Terminez ou annulez cette vente avant de changer de mode formation.</translation>
    </message>
    <message>
        <source>A duplicate needs the network, which is down: it is recorded on the server. Try again when the link is back.</source>
        <translation>Un duplicata a besoin du réseau, qui est coupé : il est enregistré sur le serveur. Réessayez quand la connexion sera revenue.</translation>
    </message>
    <message>
        <source>This sale has not reached the server yet: a duplicate can be made once it has.</source>
        <translation>Cette vente n’est pas encore arrivée sur le serveur : un duplicata pourra être fait ensuite.</translation>
    </message>
    <message>
        <source>The duplicate could not be recorded. Try again.</source>
        <translation>Le duplicata n’a pas pu être enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>Duplicate n°%1 recorded: print it.</source>
        <translation>Duplicata n°%1 enregistré : imprimez-le.</translation>
    </message>
    <message>
        <source>TRAINING %1</source>
        <translation>FORMATION %1</translation>
    </message>
</context>
</TS>
