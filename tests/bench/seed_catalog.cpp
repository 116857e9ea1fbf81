// comptoir-bench-seed: fills a data folder with a large generated catalog for the benchmark in
// tests/bench/run.sh. Everything goes through the real store API (createProduct, putLocation,
// putCategory, adjustStock) in batched transactions, so the database holds what the server would
// have written itself: products, variants, the full-text index, stock, movements and the change log.
//
//   comptoir-bench-seed --data-dir DIR [--products N] [--stock-everywhere]
//
// Every variant is stocked at the warehouse and one shop, or with --stock-everywhere at all four
// locations (100,000 products make about a million stock rows then).
//
// Prints `key=value` lines (read_id, sku, barcode, products) for the benchmark script. Running it
// again on a folder already seeded with the same N only prints them again.

#include "comptoir/ean13.h"
#include "demo/democatalog.h"
#include "store/sqlitestore.h"

#include <QSet>
#include <QStringList>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>

using namespace comptoir;
using namespace comptoir::server;

namespace {

// Changing the seed or the word lists changes every product (and the figures a little).
constexpr std::uint32_t kSeed = 20260101;
constexpr int kBatch = 5000;
const QString kMetaKey = u"bench_seed"_qs;

// ---------------------------------------------------------------------------------------------
// Word lists: a product is "<noun> <style> <material>", sometimes followed by a collection
// name, so common words ("laine", "coton") match a few percent of the catalog and rarer ones
// (a noun, a collection) a fraction of a percent.
// ---------------------------------------------------------------------------------------------

enum class Options { Size, Colour, Format, Amount };

struct Family {
    QString categoryId;
    QString code; // SKU prefix
    TaxClass taxClass = TaxClass::Standard;
    QStringList nouns;
    QStringList styles;
    QStringList materials; // may hold "" for none
    QStringList details;   // what follows the name in the description
    qint64 minPrice = 0;   // cents, tax included
    qint64 maxPrice = 0;
    Options options = Options::Format;
    QStringList values; // sizes, colours or formats the variants pick from
};

const QStringList kLetterSizes = {u"XS"_qs, u"S"_qs, u"M"_qs, u"L"_qs, u"XL"_qs, u"XXL"_qs};
const QStringList kNumberSizes = {u"34"_qs, u"36"_qs, u"38"_qs, u"40"_qs, u"42"_qs, u"44"_qs, u"46"_qs};
const QStringList kShoeSizes = {u"36"_qs, u"37"_qs, u"38"_qs, u"39"_qs, u"40"_qs, u"41"_qs,
                                u"42"_qs, u"43"_qs, u"44"_qs, u"45"_qs, u"46"_qs};
const QStringList kColours = {u"noir"_qs,       u"blanc"_qs,      u"écru"_qs,       u"marine"_qs,
                              u"gris chiné"_qs, u"vert sauge"_qs, u"terracotta"_qs, u"moutarde"_qs,
                              u"bordeaux"_qs,   u"bleu ciel"_qs,  u"kaki"_qs,       u"rose poudré"_qs,
                              u"camel"_qs,      u"anthracite"_qs, u"rouille"_qs,    u"cognac"_qs};
const QStringList kWeights = {u"100 g"_qs, u"250 g"_qs, u"500 g"_qs, u"1 kg"_qs};
const QStringList kEditions = {u"broché"_qs, u"relié"_qs, u"poche"_qs, u"numérique"_qs};

const QList<Family>& families()
{
    static const QList<Family> all = {
        {u"cat_vetements_hauts"_qs,
         u"HAU"_qs,
         TaxClass::Standard,
         {u"T-shirt"_qs, u"Pull"_qs, u"Chemise"_qs, u"Sweat"_qs, u"Polo"_qs, u"Cardigan"_qs, u"Débardeur"_qs,
          u"Blouse"_qs, u"Marinière"_qs, u"Gilet"_qs},
         {u"col rond"_qs, u"col V"_qs, u"col roulé"_qs, u"à capuche"_qs, u"oversize"_qs, u"ajusté"_qs,
          u"rayé"_qs, u"brodé"_qs, u"manches longues"_qs, u"manches courtes"_qs, u"côtelé"_qs, u"torsadé"_qs},
         {u"en coton bio"_qs, u"en laine mérinos"_qs, u"en lin"_qs, u"en cachemire"_qs, u"en jersey"_qs,
          u"en alpaga"_qs, u"en coton recyclé"_qs, u"en molleton"_qs, u"en viscose"_qs, u"en chanvre"_qs},
         {u"coupe droite qui tombe bien"_qs, u"finitions bord-côte"_qs, u"se lave à 30 degrés"_qs,
          u"tricoté serré pour durer"_qs, u"teint en pièce après confection"_qs},
         1900,
         12900,
         Options::Size,
         kLetterSizes},
        {u"cat_vetements_bas"_qs,
         u"BAS"_qs,
         TaxClass::Standard,
         {u"Jean"_qs, u"Pantalon"_qs, u"Short"_qs, u"Jupe"_qs, u"Chino"_qs, u"Bermuda"_qs, u"Jogging"_qs,
          u"Salopette"_qs},
         {u"droit"_qs, u"slim"_qs, u"large"_qs, u"taille haute"_qs, u"à pinces"_qs, u"cargo"_qs, u"évasé"_qs,
          u"fuselé"_qs, u"plissé"_qs},
         {u"en denim brut"_qs, u"en toile de coton"_qs, u"en velours côtelé"_qs, u"en lin"_qs, u"en laine"_qs,
          u"en sergé"_qs},
         {u"cinq poches et rivets en cuivre"_qs, u"ceinture élastiquée au dos"_qs, u"ourlet à reprendre"_qs,
          u"toile épaisse qui se patine"_qs},
         3900,
         14900,
         Options::Size,
         kNumberSizes},
        {u"cat_vetements_robes"_qs,
         u"ROB"_qs,
         TaxClass::Standard,
         {u"Robe"_qs, u"Combinaison"_qs, u"Robe chemise"_qs, u"Robe pull"_qs},
         {u"portefeuille"_qs, u"longue"_qs, u"courte"_qs, u"fleurie"_qs, u"à bretelles"_qs, u"smockée"_qs,
          u"trapèze"_qs, u"à volants"_qs},
         {u"en lin"_qs, u"en viscose"_qs, u"en crêpe"_qs, u"en coton"_qs, u"en soie"_qs, u"en maille"_qs},
         {u"doublée jusqu'aux genoux"_qs, u"poches cachées dans les coutures"_qs,
          u"boutonnage nacré sur le devant"_qs, u"ceinture à nouer amovible"_qs},
         4900,
         18900,
         Options::Size,
         kNumberSizes},
        {u"cat_vetements_vestes"_qs,
         u"VES"_qs,
         TaxClass::Standard,
         {u"Veste"_qs, u"Manteau"_qs, u"Parka"_qs, u"Blouson"_qs, u"Trench"_qs, u"Caban"_qs, u"Doudoune"_qs,
          u"Ciré"_qs},
         {u"matelassé"_qs, u"à capuche"_qs, u"croisé"_qs, u"long"_qs, u"court"_qs, u"imperméable"_qs,
          u"d'aviateur"_qs, u"de travail"_qs},
         {u"en laine bouillie"_qs, u"en cuir"_qs, u"en coton huilé"_qs, u"en nylon recyclé"_qs,
          u"en velours"_qs, u"en tweed"_qs},
         {u"doublure en satin"_qs, u"col montant qui coupe le vent"_qs, u"deux poches plaquées"_qs,
          u"garnissage synthétique recyclé"_qs},
         7900,
         34900,
         Options::Size,
         kLetterSizes},
        {u"cat_chaussures_baskets"_qs,
         u"BSK"_qs,
         TaxClass::Standard,
         {u"Baskets"_qs, u"Tennis"_qs, u"Sneakers"_qs, u"Chaussures de course"_qs},
         {u"basses"_qs, u"montantes"_qs, u"à scratch"_qs, u"rétro"_qs, u"minimalistes"_qs, u"de trail"_qs},
         {u"en toile"_qs, u"en cuir"_qs, u"en daim"_qs, u"en maille recyclée"_qs},
         {u"semelle en caoutchouc naturel"_qs, u"lacets en coton bio"_qs, u"légères dès le premier jour"_qs},
         5900,
         15900,
         Options::Size,
         kShoeSizes},
        {u"cat_chaussures_ville"_qs,
         u"VIL"_qs,
         TaxClass::Standard,
         {u"Derbies"_qs, u"Mocassins"_qs, u"Richelieus"_qs, u"Escarpins"_qs, u"Ballerines"_qs,
          u"Sandales"_qs},
         {u"classiques"_qs, u"à bout golf"_qs, u"à semelle crantée"_qs, u"à pampilles"_qs, u"à bride"_qs,
          u"souples"_qs},
         {u"en cuir lisse"_qs, u"en cuir verni"_qs, u"en daim"_qs, u"en cuir grainé"_qs},
         {u"montage Goodyear, ressemelables"_qs, u"cuir pleine fleur au tannage végétal"_qs,
          u"talon de 3 cm"_qs},
         8900,
         21900,
         Options::Size,
         kShoeSizes},
        {u"cat_chaussures_boots"_qs,
         u"BOO"_qs,
         TaxClass::Standard,
         {u"Bottines"_qs, u"Bottes"_qs, u"Boots"_qs, u"Chelsea boots"_qs, u"Santiags"_qs},
         {u"à lacets"_qs, u"zippées"_qs, u"de marche"_qs, u"fourrées"_qs, u"à talon"_qs},
         {u"en cuir"_qs, u"en daim"_qs, u"en cuir gras"_qs, u"en caoutchouc"_qs},
         {u"tirant à l'arrière"_qs, u"semelle crantée pour l'hiver"_qs, u"cuir traité contre la pluie"_qs},
         9900,
         24900,
         Options::Size,
         kShoeSizes},
        {u"cat_accessoires_sacs"_qs,
         u"SAC"_qs,
         TaxClass::Standard,
         {u"Sac"_qs, u"Cabas"_qs, u"Besace"_qs, u"Pochette"_qs, u"Sac à dos"_qs, u"Tote bag"_qs,
          u"Trousse"_qs, u"Cartable"_qs},
         {u"zippé"_qs, u"à rabat"_qs, u"bandoulière"_qs, u"week-end"_qs, u"pliable"_qs, u"de marché"_qs},
         {u"en toile"_qs, u"en cuir"_qs, u"en toile cirée"_qs, u"en coton recyclé"_qs, u"en jute"_qs},
         {u"poche intérieure zippée"_qs, u"anses renforcées"_qs, u"fond plat qui tient debout"_qs},
         1900,
         19900,
         Options::Colour,
         kColours},
        {u"cat_accessoires_echarpes"_qs,
         u"ECH"_qs,
         TaxClass::Standard,
         {u"Écharpe"_qs, u"Bonnet"_qs, u"Foulard"_qs, u"Gants"_qs, u"Chèche"_qs, u"Mitaines"_qs, u"Snood"_qs,
          u"Béret"_qs},
         {u"côtelé"_qs, u"à pompon"_qs, u"chiné"_qs, u"à franges"_qs, u"imprimé"_qs, u"uni"_qs},
         {u"en laine mérinos"_qs, u"en cachemire"_qs, u"en soie"_qs, u"en alpaga"_qs, u"en coton"_qs},
         {u"tricoté en Écosse"_qs, u"doux et chaud sans gratter"_qs, u"bords roulottés main"_qs},
         1500,
         8900,
         Options::Colour,
         kColours},
        {u"cat_maison_cuisine"_qs,
         u"CUI"_qs,
         TaxClass::Standard,
         {u"Bol"_qs, u"Assiette"_qs, u"Tasse"_qs, u"Théière"_qs, u"Planche à découper"_qs, u"Cocotte"_qs,
          u"Saladier"_qs, u"Carafe"_qs, u"Mug"_qs, u"Plat à gratin"_qs},
         {u"émaillé"_qs, u"artisanal"_qs, u"à bec"_qs, u"empilable"_qs, u"tourné main"_qs, u"moucheté"_qs},
         {u"en grès"_qs, u"en porcelaine"_qs, u"en fonte"_qs, u"en bois d'olivier"_qs, u"en verre soufflé"_qs,
          u"en faïence"_qs, u"en céramique"_qs},
         {u"passe au lave-vaisselle"_qs, u"va au four"_qs, u"chaque pièce est unique"_qs,
          u"émail sans plomb"_qs},
         900,
         12900,
         Options::Colour,
         kColours},
        {u"cat_maison_linge"_qs,
         u"LIN"_qs,
         TaxClass::Standard,
         {u"Housse de couette"_qs, u"Taie d'oreiller"_qs, u"Nappe"_qs, u"Torchon"_qs, u"Serviette de bain"_qs,
          u"Plaid"_qs, u"Drap housse"_qs, u"Rideau"_qs},
         {u"uni"_qs, u"rayé"_qs, u"à carreaux"_qs, u"brodé"_qs, u"à franges"_qs, u"jacquard"_qs},
         {u"en lin lavé"_qs, u"en percale de coton"_qs, u"en gaze de coton"_qs, u"en laine"_qs,
          u"en éponge bio"_qs},
         {u"tissé au Portugal"_qs, u"s'adoucit à chaque lavage"_qs, u"certifié Oeko-Tex"_qs},
         1200,
         18900,
         Options::Colour,
         kColours},
        {u"cat_maison_decoration"_qs,
         u"DEC"_qs,
         TaxClass::Standard,
         {u"Vase"_qs, u"Bougie"_qs, u"Coussin"_qs, u"Miroir"_qs, u"Lampe"_qs, u"Cadre"_qs, u"Panier"_qs,
          u"Tapis"_qs, u"Photophore"_qs},
         {u"rond"_qs, u"ovale"_qs, u"parfumé"_qs, u"tressé"_qs, u"martelé"_qs, u"soliflore"_qs},
         {u"en rotin"_qs, u"en laiton"_qs, u"en terre cuite"_qs, u"en jute"_qs, u"en verre"_qs,
          u"en cire de soja"_qs},
         {u"fait main par un artisan"_qs, u"pour une ambiance chaleureuse"_qs, u"à poser ou à suspendre"_qs},
         1500,
         24900,
         Options::Colour,
         kColours},
        {u"cat_epicerie_the_cafe_thes"_qs,
         u"THE"_qs,
         TaxClass::Reduced,
         {u"Thé vert"_qs, u"Thé noir"_qs, u"Infusion"_qs, u"Rooibos"_qs, u"Thé blanc"_qs, u"Tisane"_qs,
          u"Matcha"_qs, u"Chaï"_qs},
         {u"à la menthe"_qs, u"aux agrumes"_qs, u"fumé"_qs, u"à la bergamote"_qs, u"aux fruits rouges"_qs,
          u"à la vanille"_qs, u"au jasmin"_qs, u"du soir"_qs},
         {u"en vrac"_qs, u"en sachets"_qs, u"bio"_qs, u"de Chine"_qs, u"du Japon"_qs, u"de Ceylan"_qs},
         {u"infuser 3 minutes à 80 degrés"_qs, u"récolte de printemps"_qs, u"arômes naturels"_qs},
         450,
         2900,
         Options::Format,
         kWeights},
        {u"cat_epicerie_the_cafe_cafes"_qs,
         u"CAF"_qs,
         TaxClass::Reduced,
         {u"Café"_qs, u"Espresso"_qs, u"Café en grains"_qs, u"Café moulu"_qs, u"Capsules"_qs},
         {u"d'Éthiopie"_qs, u"du Brésil"_qs, u"de Colombie"_qs, u"du Guatemala"_qs, u"décaféiné"_qs,
          u"du Pérou"_qs},
         {u"pure origine"_qs, u"bio"_qs, u"assemblage maison"_qs, u"torréfaction lente"_qs, u""_qs},
         {u"notes de cacao et de fruits secs"_qs, u"torréfié à Orléans"_qs, u"pour filtre ou piston"_qs},
         590,
         3900,
         Options::Format,
         kWeights},
        {u"cat_epicerie_confiseries"_qs,
         u"CON"_qs,
         TaxClass::Reduced,
         {u"Caramels"_qs, u"Nougat"_qs, u"Calissons"_qs, u"Pâte de fruits"_qs, u"Chocolat noir"_qs,
          u"Pralines"_qs, u"Guimauves"_qs, u"Macarons"_qs, u"Berlingots"_qs, u"Tablette"_qs},
         {u"au beurre salé"_qs, u"aux amandes"_qs, u"à la framboise"_qs, u"au praliné"_qs,
          u"à la fleur de sel"_qs, u"à la pistache"_qs, u"au citron"_qs, u"au miel"_qs},
         {u""_qs, u"de Provence"_qs, u"de Bretagne"_qs, u"de Montélimar"_qs, u"artisanal"_qs},
         {u"sans colorant"_qs, u"cuit au chaudron de cuivre"_qs, u"à offrir ou à partager"_qs},
         350,
         2400,
         Options::Format,
         kWeights},
        {u"cat_epicerie_conserves"_qs,
         u"CNS"_qs,
         TaxClass::Reduced,
         {u"Sardines"_qs, u"Rillettes"_qs, u"Terrine"_qs, u"Confit"_qs, u"Soupe de poissons"_qs,
          u"Cassoulet"_qs, u"Pesto"_qs, u"Tapenade"_qs, u"Confiture"_qs, u"Miel"_qs},
         {u"à l'huile d'olive"_qs, u"au piment d'Espelette"_qs, u"aux figues"_qs, u"de canard"_qs,
          u"au poivre vert"_qs, u"à l'ancienne"_qs, u"aux noix"_qs},
         {u""_qs, u"millésimé"_qs, u"bio"_qs, u"du Périgord"_qs, u"de Provence"_qs},
         {u"recette de la maison"_qs, u"se garde cinq ans"_qs, u"à servir frais à l'apéritif"_qs},
         390,
         2900,
         Options::Format,
         kWeights},
        {u"cat_librairie_livres_cuisine"_qs,
         u"LCU"_qs,
         TaxClass::Reduced,
         {u"Recettes"_qs, u"Cuisine"_qs, u"Pâtisserie"_qs, u"Le grand livre"_qs, u"Les secrets"_qs},
         {u"de grand-mère"_qs, u"du marché"_qs, u"végétarienne"_qs, u"des bistrots"_qs, u"de saison"_qs,
          u"du Sud-Ouest"_qs, u"de la mer"_qs},
         {u""_qs, u"illustré"_qs, u"en 100 recettes"_qs, u"pour débutants"_qs},
         {u"photographies pleine page"_qs, u"pas à pas détaillés"_qs, u"préface d'un chef étoilé"_qs},
         1500,
         4500,
         Options::Format,
         kEditions},
        {u"cat_librairie_livres_voyage"_qs,
         u"LVO"_qs,
         TaxClass::Reduced,
         {u"Guide"_qs, u"Carnet de voyage"_qs, u"Atlas"_qs, u"Balades"_qs, u"Randonnées"_qs, u"Escapades"_qs},
         {u"en Bretagne"_qs, u"en Provence"_qs, u"à Lyon"_qs, u"au Pays basque"_qs, u"en Corse"_qs,
          u"dans les Alpes"_qs, u"en Normandie"_qs, u"à Paris"_qs},
         {u""_qs, u"illustré"_qs, u"édition 2026"_qs, u"de poche"_qs},
         {u"cartes dépliables"_qs, u"adresses testées sur place"_qs, u"itinéraires à pied et à vélo"_qs},
         990,
         3500,
         Options::Format,
         kEditions},
        {u"cat_librairie_livres_jeunesse"_qs,
         u"LJE"_qs,
         TaxClass::Reduced,
         {u"Album"_qs, u"Imagier"_qs, u"Conte"_qs, u"Roman"_qs, u"Bande dessinée"_qs,
          u"Cahier d'activités"_qs},
         {u"du petit renard"_qs, u"des dinosaures"_qs, u"de la forêt"_qs, u"de l'ours brun"_qs,
          u"des pirates"_qs, u"de la sorcière"_qs},
         {u""_qs, u"cartonné"_qs, u"illustré"_qs, u"dès 3 ans"_qs, u"dès 8 ans"_qs},
         {u"à lire le soir"_qs, u"grandes illustrations"_qs, u"pour apprendre en s'amusant"_qs},
         690,
         2200,
         Options::Format,
         kEditions},
        {u"cat_librairie_papeterie"_qs,
         u"PAP"_qs,
         TaxClass::Standard,
         {u"Carnet"_qs, u"Agenda"_qs, u"Stylo plume"_qs, u"Crayons de couleur"_qs, u"Cahier"_qs,
          u"Calendrier"_qs, u"Carte postale"_qs, u"Trousse"_qs},
         {u"à pois"_qs, u"ligné"_qs, u"quadrillé"_qs, u"pointillé"_qs, u"aquarelle"_qs, u"2027"_qs},
         {u"en papier recyclé"_qs, u""_qs, u"en bois de hêtre"_qs, u"en laiton"_qs, u"relié toile"_qs},
         {u"papier 90 g sans acide"_qs, u"fabriqué en France"_qs, u"couverture souple"_qs},
         250,
         6900,
         Options::Colour,
         kColours},
        {u"cat_cartes_cadeaux"_qs,
         u"CAR"_qs,
         TaxClass::Zero,
         {u"Carte cadeau"_qs},
         {u"Anniversaire"_qs, u"Noël"_qs, u"Merci"_qs, u"Naissance"_qs, u"Fête des mères"_qs, u"Mariage"_qs},
         {u""_qs},
         {u"valable un an dans toutes nos boutiques"_qs, u"utilisable en ligne et en magasin"_qs},
         2000,
         2000,
         Options::Amount,
         {u"20"_qs, u"50"_qs, u"100"_qs, u"200"_qs}},
    };
    return all;
}

// Collections: rare words (each in about 0.5 % of the catalog).
const QStringList kCollections = {
    u"Belle-Île"_qs,  u"Camargue"_qs,   u"Vercors"_qs,     u"Aubrac"_qs,     u"Cévennes"_qs,
    u"Morvan"_qs,     u"Queyras"_qs,    u"Luberon"_qs,     u"Ouessant"_qs,   u"Bréhat"_qs,
    u"Chartreuse"_qs, u"Jura"_qs,       u"Sologne"_qs,     u"Vexin"_qs,      u"Perche"_qs,
    u"Quercy"_qs,     u"Ardèche"_qs,    u"Vosges"_qs,      u"Cantal"_qs,     u"Médoc"_qs,
    u"Landes"_qs,     u"Béarn"_qs,      u"Cerdagne"_qs,    u"Corbières"_qs,  u"Minervois"_qs,
    u"Lauragais"_qs,  u"Gâtinais"_qs,   u"Berry"_qs,       u"Limousin"_qs,   u"Périgord"_qs,
    u"Touraine"_qs,   u"Anjou"_qs,      u"Vendée"_qs,      u"Cotentin"_qs,   u"Pays d'Auge"_qs,
    u"Bocage"_qs,     u"Beaujolais"_qs, u"Bugey"_qs,       u"Bresse"_qs,     u"Dombes"_qs,
    u"Forez"_qs,      u"Velay"_qs,      u"Gévaudan"_qs,    u"Causses"_qs,    u"Larzac"_qs,
    u"Albigeois"_qs,  u"Comminges"_qs,  u"Bigorre"_qs,     u"Chalosse"_qs,   u"Armagnac"_qs,
    u"Lomagne"_qs,    u"Rouergue"_qs,   u"Ségala"_qs,      u"Trièves"_qs,    u"Diois"_qs,
    u"Baronnies"_qs,  u"Verdon"_qs,     u"Estérel"_qs,     u"Maures"_qs,     u"Alpilles"_qs,
    u"Crau"_qs,       u"Ventoux"_qs,    u"Tricastin"_qs,   u"Bauges"_qs,     u"Aravis"_qs,
    u"Chablais"_qs,   u"Faucigny"_qs,   u"Maurienne"_qs,   u"Tarentaise"_qs, u"Oisans"_qs,
    u"Dévoluy"_qs,    u"Champsaur"_qs,  u"Ubaye"_qs,       u"Mercantour"_qs, u"Argonne"_qs,
    u"Ardennes"_qs,   u"Thiérache"_qs,  u"Boulonnais"_qs,  u"Artois"_qs,     u"Vimeu"_qs,
    u"Caux"_qs,       u"Bray"_qs,       u"Hurepoix"_qs,    u"Brie"_qs,       u"Champagne"_qs,
    u"Barrois"_qs,    u"Saintonge"_qs,  u"Aunis"_qs,       u"Marais"_qs,     u"Gâtine"_qs,
    u"Trégor"_qs,     u"Léon"_qs,       u"Cornouaille"_qs, u"Vannetais"_qs,  u"Penthièvre"_qs,
    u"Goëlo"_qs,      u"Brière"_qs,     u"Retz"_qs,        u"Mauges"_qs,     u"Saumurois"_qs,
    u"Véron"_qs,      u"Puisaye"_qs,    u"Auxois"_qs,      u"Charolais"_qs,  u"Brionnais"_qs,
    u"Mâconnais"_qs,  u"Clunisois"_qs,  u"Bazois"_qs,
};

// Brands: two words each, so a brand query is one or two terms.
const QStringList kBrandFirst = {u"Maison"_qs,   u"Atelier"_qs,  u"Comptoir"_qs, u"Manufacture"_qs,
                                 u"Les Fils"_qs, u"Fabrique"_qs, u"Filature"_qs, u"Domaine"_qs,
                                 u"Tissage"_qs,  u"Épicerie"_qs};
const QStringList kBrandSecond = {
    u"Ardent"_qs,   u"Lemoine"_qs,   u"Garnier"_qs, u"Fauvel"_qs,   u"Roussel"_qs, u"Chevalier"_qs,
    u"Marchal"_qs,  u"Perrin"_qs,    u"Boyer"_qs,   u"Carré"_qs,    u"Delorme"_qs, u"Vasseur"_qs,
    u"Leclerc"_qs,  u"Mallet"_qs,    u"Brunet"_qs,  u"Hervé"_qs,    u"Joubert"_qs, u"Lacroix"_qs,
    u"Noël"_qs,     u"Pelletier"_qs, u"Renaud"_qs,  u"Texier"_qs,   u"Vidal"_qs,   u"Collin"_qs,
    u"Aubert"_qs,   u"Baudry"_qs,    u"Cordier"_qs, u"Dumas"_qs,    u"Étienne"_qs, u"Fleury"_qs,
    u"Gaillard"_qs, u"Humbert"_qs,   u"Jacquet"_qs, u"Langlois"_qs, u"Michaud"_qs, u"Olivier"_qs,
    u"Poulain"_qs,  u"Rivière"_qs,   u"Schmitt"_qs, u"Tessier"_qs,
};

const QStringList kClosers = {
    u"Fabrication française."_qs,
    u"Confection au Portugal."_qs,
    u"Produit en petite série."_qs,
    u"Livré dans un emballage recyclé."_qs,
    u"Garanti deux ans."_qs,
    u"Une pièce qui traverse les saisons."_qs,
    u"Sélectionné par nos vendeurs."_qs,
    u"Existe aussi en édition limitée."_qs,
    u"Un classique de la maison."_qs,
    u"Idéal à offrir."_qs,
};

// ---------------------------------------------------------------------------------------------

class Dice {
public:
    explicit Dice(std::uint32_t seed) : m_engine(seed) {}
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_engine); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T> const T& pick(const QList<T>& list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }

private:
    std::mt19937 m_engine;
};

// A shop price: a whole euro amount ending in ,90 (or the exact minimum).
qint64 shopPrice(Dice& dice, qint64 minPrice, qint64 maxPrice)
{
    if (minPrice >= maxPrice)
        return minPrice;
    return qint64(dice.between(int(minPrice / 100), int(maxPrice / 100))) * 100 + 90;
}

QString barcodeFor(qint64 serial)
{
    // Prefix 379 (France) keeps these apart from the demo catalog's 376 sequence.
    const QString first12 = u"379"_qs + QString::number(serial).rightJustified(9, u'0');
    return first12 + QString::number(ean13CheckDigit(first12));
}

QString joined(const QStringList& parts)
{
    QStringList nonEmpty;
    for (const QString& p : parts)
        if (!p.isEmpty())
            nonEmpty.append(p);
    return nonEmpty.join(u' ');
}

Product makeProduct(int number, Dice& dice, qint64& barcodeSerial)
{
    const Family& f = dice.pick(families());
    const QString digits = QString::number(number).rightJustified(6, u'0');
    const bool inCollection = dice.chance(50);
    const QString collection = inCollection ? dice.pick(kCollections) : QString();
    const QString name =
        joined({dice.pick(f.nouns), dice.pick(f.styles), dice.pick(f.materials), collection});

    Product p;
    p.id = ProductId{u"prd_"_qs + digits};
    p.name = name;
    p.brand = dice.pick(kBrandFirst) + u' ' + dice.pick(kBrandSecond);
    p.description = name + u", "_qs + dice.pick(f.details) + u". "_qs + dice.pick(kClosers) +
                    (inCollection ? u" Collection "_qs + collection + u'.' : QString());
    p.categoryId = CategoryId{f.categoryId};
    p.taxClass = f.taxClass;
    p.status = ProductStatus::Active;
    p.imageUrl = u"/images/products/"_qs + f.code.toLower() + u".svg"_qs;

    // 1 to 4 variants: consecutive sizes or formats, or distinct colours.
    const int count = dice.between(1, int(std::min<qsizetype>(4, f.values.size())));
    const int start = f.options == Options::Colour ? 0 : dice.between(0, int(f.values.size()) - count);
    QStringList values = f.values.mid(start, count);
    if (f.options == Options::Colour) {
        values.clear();
        while (values.size() < count) {
            const QString& c = dice.pick(f.values);
            if (!values.contains(c))
                values.append(c);
        }
    }
    const QString colour = dice.pick(kColours);
    const qint64 basePrice = shopPrice(dice, f.minPrice, f.maxPrice);
    for (int i = 0; i < values.size(); ++i) {
        Variant v;
        v.sku = u"B%1-%2-%3"_qs.arg(f.code, digits).arg(i + 1);
        v.barcode = barcodeFor(++barcodeSerial);
        v.price = Money::of(basePrice);
        switch (f.options) {
        case Options::Size:
            v.options = {{u"taille"_qs, values[i]}, {u"couleur"_qs, colour}};
            break;
        case Options::Colour:
            v.options = {{u"couleur"_qs, values[i]}};
            break;
        case Options::Format:
            v.options = {{u"format"_qs, values[i]}};
            v.price = Money::of(basePrice * (100 + 60 * (start + i)) / 100 / 10 * 10);
            break;
        case Options::Amount:
            v.options = {{u"montant"_qs, values[i] + u" €"_qs}};
            v.price = Money::of(values[i].toLongLong() * 100);
            break;
        }
        p.variants.append(v);
    }
    return p;
}

struct Args {
    QString dataDir;
    int products = 100000;
    bool stockEverywhere = false;
};

bool parseArgs(int argc, char** argv, Args& args)
{
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--data-dir" && i + 1 < argc)
            args.dataDir = QString::fromLocal8Bit(argv[++i]);
        else if (a == "--products" && i + 1 < argc)
            args.products = std::atoi(argv[++i]);
        else if (a == "--stock-everywhere")
            args.stockEverywhere = true;
        else
            return false;
    }
    return !args.dataDir.isEmpty() && args.products > 0;
}

// The first lines of the recorded summary: what was seeded, to refuse reseeding differently.
QString summaryHead(const Args& args)
{
    return u"products=%1\nstock=%2\n"_qs.arg(args.products)
        .arg(args.stockEverywhere ? u"everywhere"_qs : u"two"_qs);
}

} // namespace

int main(int argc, char** argv)
{
    Args args;
    if (!parseArgs(argc, argv, args)) {
        std::fprintf(stderr,
                     "usage: comptoir-bench-seed --data-dir DIR [--products N] [--stock-everywhere]\n");
        return 2;
    }
    try {
        std::filesystem::create_directories(args.dataDir.toStdString());
        SqliteStore store((args.dataDir + u"/comptoir.db"_qs).toStdString(), sqlite::Durability::Normal);

        // Already seeded: print what was recorded; seeded differently: refuse.
        if (const auto seeded = store.meta(kMetaKey)) {
            QString recorded = *seeded;
            if (!recorded.contains(u"\nstock="_qs)) // seeded before --stock-everywhere existed
                recorded.insert(recorded.indexOf(u'\n') + 1, u"stock=two\n"_qs);
            if (!recorded.startsWith(summaryHead(args))) {
                std::fprintf(stderr, "comptoir-bench-seed: %s holds another catalog (%s)\n",
                             qPrintable(args.dataDir), qPrintable(seeded->section(u'\n', 0, 0)));
                return 1;
            }
            std::fputs(qPrintable(*seeded), stdout);
            return 0;
        }

        const auto started = std::chrono::steady_clock::now();
        const demo::DemoCatalog demo = demo::buildDemoCatalog();
        QList<LocationId> stores;
        LocationId warehouse;
        store.transaction([&] {
            for (const Location& l : demo.locations) {
                store.putLocation(l);
                if (l.kind == LocationKind::Warehouse)
                    warehouse = l.id;
                else
                    stores.append(l.id);
            }
            for (const Category& c : demo.categories)
                store.putCategory(c);
        });

        Dice dice(kSeed);
        qint64 barcodeSerial = 0;
        qint64 variantCount = 0;
        const int readNumber = (args.products + 1) / 2; // the product the benchmark reads
        Product readProduct;
        for (int first = 1; first <= args.products; first += kBatch) {
            const int last = std::min(args.products, first + kBatch - 1);
            store.transaction([&] {
                for (int number = first; number <= last; ++number) {
                    const Product p = store.createProduct(makeProduct(number, dice, barcodeSerial));
                    // Every variant is stocked at the warehouse and in one shop (or in every one).
                    for (const Variant& v : p.variants) {
                        store.adjustStock(
                            Adjustment{v.sku, warehouse, dice.between(20, 200), u"receipt"_qs, {}});
                        if (args.stockEverywhere) {
                            for (const LocationId& shop : stores)
                                store.adjustStock(
                                    Adjustment{v.sku, shop, dice.between(0, 25), u"receipt"_qs, {}});
                        } else {
                            store.adjustStock(
                                Adjustment{v.sku, dice.pick(stores), dice.between(0, 25), u"receipt"_qs, {}});
                        }
                    }
                    variantCount += p.variants.size();
                    if (number == readNumber)
                        readProduct = p;
                }
            });
            std::fprintf(stderr, "\rseeded %d / %d products", last, args.products);
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::fprintf(stderr, "\nseeded %d products, %lld variants in %.1f s\n", args.products,
                     static_cast<long long>(variantCount), seconds);

        const Variant& v = readProduct.variants.first();
        const QString summary = summaryHead(args) + u"read_id=%1\nsku=%2\nbarcode=%3\n"_qs.arg(
                                                        readProduct.id.value, v.sku, v.barcode);
        store.setMeta(kMetaKey, summary);
        std::fputs(qPrintable(summary), stdout);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "comptoir-bench-seed: %s\n", e.what());
        return 1;
    }
}
