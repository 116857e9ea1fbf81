#include "democatalog.h"

#include "comptoir/ean13.h"
#include "comptoir/money.h"
#include "comptoir/vat.h"

#include <QChar>
#include <QStringList>
#include <algorithm>
#include <cstdint>
#include <random>

namespace comptoir::server::demo {
namespace {

// ---------------------------------------------------------------------------------------------
// Data tables
// ---------------------------------------------------------------------------------------------

// Changing the seed (or the order of the tables below) changes every product: tests and
// screenshots rely on the catalog staying the same.
constexpr std::uint32_t kSeed = 20261123;

// Variants per product are capped so a single product page stays readable.
constexpr int kMaxVariants = 24;

struct LocationRow {
    const char16_t* id;
    const char16_t* name;
    LocationKind kind;
    const char16_t* address;
};

const LocationRow kLocations[] = {
    {u"loc_paris", u"Comptoir Paris Marais", LocationKind::Store,
     u"12 rue des Francs-Bourgeois, 75003 Paris"},
    {u"loc_lyon", u"Comptoir Lyon Presqu'île", LocationKind::Store, u"27 rue Mercière, 69002 Lyon"},
    {u"loc_bordeaux", u"Comptoir Bordeaux Chartrons", LocationKind::Store,
     u"45 rue Notre-Dame, 33000 Bordeaux"},
    {u"loc_warehouse", u"Entrepôt Orléans", LocationKind::Warehouse,
     u"Zone d'activités des Montées, 14 rue de la Manufacture, 45000 Orléans"},
};

struct CategoryRow {
    const char16_t* id;
    const char16_t* name;
    const char16_t* parentId; // empty for a root
};

// Parents come before their children; a category's position is its rank among its siblings.
const CategoryRow kCategories[] = {
    {u"cat_vetements", u"Vêtements", u""},
    {u"cat_vetements_hauts", u"Hauts", u"cat_vetements"},
    {u"cat_vetements_bas", u"Bas", u"cat_vetements"},
    {u"cat_vetements_robes", u"Robes", u"cat_vetements"},
    {u"cat_vetements_vestes", u"Vestes & manteaux", u"cat_vetements"},
    {u"cat_chaussures", u"Chaussures", u""},
    {u"cat_chaussures_baskets", u"Baskets", u"cat_chaussures"},
    {u"cat_chaussures_ville", u"Chaussures de ville", u"cat_chaussures"},
    {u"cat_chaussures_boots", u"Boots & bottines", u"cat_chaussures"},
    {u"cat_accessoires", u"Accessoires", u""},
    {u"cat_accessoires_sacs", u"Sacs", u"cat_accessoires"},
    {u"cat_accessoires_echarpes", u"Écharpes & bonnets", u"cat_accessoires"},
    {u"cat_maison", u"Maison", u""},
    {u"cat_maison_cuisine", u"Cuisine", u"cat_maison"},
    {u"cat_maison_linge", u"Linge de maison", u"cat_maison"},
    {u"cat_maison_decoration", u"Décoration", u"cat_maison"},
    {u"cat_epicerie", u"Épicerie fine", u""},
    {u"cat_epicerie_the_cafe", u"Thés & cafés", u"cat_epicerie"},
    {u"cat_epicerie_the_cafe_thes", u"Thés", u"cat_epicerie_the_cafe"},
    {u"cat_epicerie_the_cafe_cafes", u"Cafés", u"cat_epicerie_the_cafe"},
    {u"cat_epicerie_confiseries", u"Confiseries", u"cat_epicerie"},
    {u"cat_epicerie_conserves", u"Conserves", u"cat_epicerie"},
    {u"cat_librairie", u"Librairie", u""},
    {u"cat_librairie_livres", u"Livres", u"cat_librairie"},
    {u"cat_librairie_livres_cuisine", u"Cuisine & gastronomie", u"cat_librairie_livres"},
    {u"cat_librairie_livres_voyage", u"Voyage", u"cat_librairie_livres"},
    {u"cat_librairie_livres_jeunesse", u"Jeunesse", u"cat_librairie_livres"},
    {u"cat_librairie_papeterie", u"Papeterie", u"cat_librairie"},
    {u"cat_cartes_cadeaux", u"Cartes cadeaux", u""},
};

// How a product's variants differ. Option keys are part of the demo contract: "taille",
// "couleur", "format", "montant".
enum class Options {
    SizeAndColour, // clothing and shoes
    Colour,        // accessories and some home goods, one to three colours
    Format,        // food, books, home: a prefix of the kind's formats
    Amount,        // gift cards: 20, 50 and 100 €
};

enum class Sizing { None, Letters, Trousers, Shoes };

// A pack size or edition, with its price relative to the first format of the product.
struct Format {
    QString label{};
    int pricePercent = 100;
};

// One kind of product (t-shirts, teas…): every product of the kind is a distinct pick of
// style × material, a brand and a price in the kind's range.
struct ProductKind {
    QString code{}; // SKU prefix
    QString categoryId{};
    TaxClass taxClass = TaxClass::Standard;
    QString image{}; // file name under /images/products/, without ".svg"
    QString noun{};  // may be empty when styles are whole titles (books)
    QStringList styles{};
    QStringList materials{}; // may hold "" for "no material"
    QStringList brands{};
    qint64 minPrice = 0; // cents, tax included
    qint64 maxPrice = 0;
    Options options = Options::Format;
    Sizing sizing = Sizing::None;
    QStringList colours{};
    QList<Format> formats{};
    QStringList details{}; // what follows the name in the description, lower case, no full stop
    QStringList closers{}; // a last whole sentence
    int count = 0;
};

const QStringList kLetterSizes = {u"XS"_qs, u"S"_qs, u"M"_qs, u"L"_qs, u"XL"_qs};
const QStringList kTrouserSizes = {u"36"_qs, u"38"_qs, u"40"_qs, u"42"_qs, u"44"_qs, u"46"_qs};
const QStringList kShoeSizes = {u"36"_qs, u"37"_qs, u"38"_qs, u"39"_qs, u"40"_qs, u"41"_qs,
                                u"42"_qs, u"43"_qs, u"44"_qs, u"45"_qs, u"46"_qs};
const QList<int> kGiftCardAmounts = {20, 50, 100};

const QStringList kClothingColours = {
    u"noir"_qs,          u"blanc"_qs,         u"écru"_qs,     u"marine"_qs,     u"gris chiné"_qs,
    u"vert sauge"_qs,    u"terracotta"_qs,    u"moutarde"_qs, u"bordeaux"_qs,   u"bleu ciel"_qs,
    u"kaki"_qs,          u"rose poudré"_qs,   u"camel"_qs,    u"anthracite"_qs, u"rouille"_qs,
    u"bleu de Chine"_qs, u"vert bouteille"_qs};
const QStringList kDenimColours = {u"bleu brut"_qs, u"bleu délavé"_qs, u"noir"_qs, u"écru"_qs};
const QStringList kShoeColours = {u"blanc"_qs, u"noir"_qs, u"cognac"_qs, u"marine"_qs,
                                  u"kaki"_qs,  u"gris"_qs, u"camel"_qs,  u"bordeaux"_qs};
const QStringList kHomeColours = {u"blanc"_qs,      u"écru"_qs,         u"terracotta"_qs,
                                  u"vert sauge"_qs, u"bleu ardoise"_qs, u"moutarde"_qs,
                                  u"noir"_qs,       u"rose poudré"_qs,  u"lin naturel"_qs};

const QStringList kClothingClosers = {u"Confection au Portugal."_qs, u"Fabrication française."_qs,
                                      u"Lavable en machine à 30 °C."_qs,
                                      u"Prenez votre taille habituelle."_qs};
const QStringList kShoeClosers = {u"Fabrication portugaise."_qs, u"Première de propreté amovible."_qs,
                                  u"Chaussant normal : prenez votre pointure habituelle."_qs,
                                  u"Montage à Romans-sur-Isère."_qs};
const QStringList kAccessoryClosers = {u"Fabrication française."_qs, u"Confection au Portugal."_qs,
                                       u"Une pièce unisexe."_qs, u"Finitions cousues main."_qs};
const QStringList kHomeClosers = {u"Fabrication française."_qs, u"Fabrication portugaise."_qs,
                                  u"Chaque pièce est légèrement unique."_qs, u"Emballage sans plastique."_qs};
const QStringList kTeaCoffeeClosers = {u"Sachet kraft refermable."_qs,
                                       u"À conserver à l'abri de la lumière et de l'humidité."_qs,
                                       u"Conditionné à Orléans."_qs};
const QStringList kSweetClosers = {u"Fabrication artisanale en France."_qs,
                                   u"Sans colorants ni arômes artificiels."_qs, u"Idéal à offrir."_qs};
const QStringList kTinClosers = {u"Pêche durable, poissons travaillés frais."_qs, u"Sans conservateurs."_qs,
                                 u"Fabrication bretonne."_qs};
const QStringList kBookClosers = {u"Imprimé en France."_qs, u"Papier issu de forêts gérées durablement."_qs,
                                  u"Prix unique du livre."_qs};
const QStringList kStationeryClosers = {u"Fabrication française."_qs, u"Emballage sans plastique."_qs,
                                        u"Un joli cadeau pour soi ou pour les autres."_qs};
const QStringList kGiftCardClosers = {u"Utilisable en plusieurs fois."_qs,
                                      u"Livrée dans une enveloppe illustrée."_qs};

// Order matters (product ids and SKUs follow it); append new kinds at the end.
const QList<ProductKind>& productKinds()
{
    static const QList<ProductKind> kinds = {
        // --- Vêtements -----------------------------------------------------------------------
        {.code = u"TSH"_qs,
         .categoryId = u"cat_vetements_hauts"_qs,
         .image = u"t-shirt"_qs,
         .noun = u"T-shirt"_qs,
         .styles = {u"col rond"_qs, u"col V"_qs, u"rayé"_qs, u"à poche"_qs, u"manches longues"_qs,
                    u"oversize"_qs, u"ajusté"_qs, u"marinière"_qs},
         .materials = {u"en coton bio"_qs, u"en lin"_qs, u"en jersey flammé"_qs, u"en coton épais"_qs,
                       u"en coton recyclé"_qs},
         .brands = {u"Atelier Nord"_qs, u"Fil d'Ouest"_qs, u"Saison Claire"_qs, u"Brume & Co"_qs},
         .minPrice = 1990,
         .maxPrice = 3900,
         .options = Options::SizeAndColour,
         .sizing = Sizing::Letters,
         .colours = kClothingColours,
         .details = {u"coupe droite et encolure en bord-côte"_qs,
                     u"une base du quotidien qui garde sa tenue lavage après lavage"_qs,
                     u"toucher doux, coutures d'épaules renforcées"_qs,
                     u"coupe légèrement ample, ourlets surpiqués"_qs},
         .closers = kClothingClosers,
         .count = 20},
        {.code = u"CHE"_qs,
         .categoryId = u"cat_vetements_hauts"_qs,
         .image = u"chemise"_qs,
         .noun = u"Chemise"_qs,
         .styles = {u"col Mao"_qs, u"à col boutonné"_qs, u"oxford"_qs, u"à rayures"_qs, u"à carreaux"_qs,
                    u"de travail"_qs, u"manches courtes"_qs},
         .materials = {u"en lin"_qs, u"en coton bio"_qs, u"en popeline"_qs, u"en flanelle"_qs,
                       u"en chambray"_qs},
         .brands = {u"Atelier Nord"_qs, u"Maison Garance"_qs, u"Saison Claire"_qs,
                    u"Les Ateliers de la Vilaine"_qs},
         .minPrice = 4900,
         .maxPrice = 8900,
         .options = Options::SizeAndColour,
         .sizing = Sizing::Letters,
         .colours = kClothingColours,
         .details = {u"boutons en corozo, coupe droite"_qs, u"se porte rentrée ou ouverte sur un t-shirt"_qs,
                     u"col souple et pans arrondis"_qs, u"tissée au Portugal, finitions soignées"_qs},
         .closers = kClothingClosers,
         .count = 14},
        {.code = u"PUL"_qs,
         .categoryId = u"cat_vetements_hauts"_qs,
         .image = u"pull"_qs,
         .noun = u"Pull"_qs,
         .styles = {u"col rond"_qs, u"col roulé"_qs, u"col camionneur"_qs, u"marin"_qs, u"torsadé"_qs,
                    u"à côtes"_qs},
         .materials = {u"en laine mérinos"_qs, u"en laine d'agneau"_qs, u"en coton"_qs,
                       u"en cachemire recyclé"_qs, u"en alpaga"_qs},
         .brands = {u"Tricots de l'Aven"_qs, u"Laines de Lozère"_qs, u"Atelier Nord"_qs, u"Fil d'Ouest"_qs},
         .minPrice = 5900,
         .maxPrice = 12900,
         .options = Options::SizeAndColour,
         .sizing = Sizing::Letters,
         .colours = kClothingColours,
         .details = {u"maille généreuse et chaude qui ne gratte pas"_qs,
                     u"bords-côtes aux poignets et à la taille"_qs, u"tricoté dans un atelier breton"_qs,
                     u"coupe droite, se superpose facilement"_qs},
         .closers = kClothingClosers,
         .count = 14},
        {.code = u"SWE"_qs,
         .categoryId = u"cat_vetements_hauts"_qs,
         .image = u"pull"_qs,
         .noun = u"Sweat"_qs,
         .styles = {u"col rond"_qs, u"à capuche"_qs, u"zippé"_qs, u"col montant"_qs},
         .materials = {u"en molleton bio"_qs, u"en coton bouclette"_qs, u"en coton recyclé"_qs},
         .brands = {u"Saison Claire"_qs, u"Brume & Co"_qs, u"Atelier Nord"_qs},
         .minPrice = 4900,
         .maxPrice = 7900,
         .options = Options::SizeAndColour,
         .sizing = Sizing::Letters,
         .colours = kClothingColours,
         .details = {u"molleton gratté à l'intérieur, très doux"_qs, u"poignets et bas en bord-côte"_qs,
                     u"coupe décontractée pour le week-end"_qs},
         .closers = kClothingClosers,
         .count = 10},
        {.code = u"PAN"_qs,
         .categoryId = u"cat_vetements_bas"_qs,
         .image = u"pantalon"_qs,
         .noun = u"Pantalon"_qs,
         .styles = {u"chino"_qs, u"droit"_qs, u"large"_qs, u"fuselé"_qs, u"cargo"_qs, u"à pinces"_qs},
         .materials = {u"en coton"_qs, u"en lin"_qs, u"en velours côtelé"_qs, u"en toile de coton"_qs,
                       u"en flanelle de laine"_qs},
         .brands = {u"Atelier Nord"_qs, u"Les Ateliers de la Vilaine"_qs, u"Maison Garance"_qs},
         .minPrice = 5900,
         .maxPrice = 10900,
         .options = Options::SizeAndColour,
         .sizing = Sizing::Trousers,
         .colours = kClothingColours,
         .details = {u"taille haute et poches italiennes"_qs,
                     u"coupe confortable qui ne perd pas sa ligne"_qs,
                     u"ourlet à revers, braguette boutonnée"_qs},
         .closers = kClothingClosers,
         .count = 12},
        {.code = u"JEA"_qs,
         .categoryId = u"cat_vetements_bas"_qs,
         .image = u"pantalon"_qs,
         .noun = u"Jean"_qs,
         .styles = {u"droit"_qs, u"slim"_qs, u"large"_qs, u"flare"_qs, u"fuselé"_qs, u"taille haute"_qs},
         .materials = {u"en denim brut"_qs, u"en denim bio"_qs, u"en denim stretch"_qs,
                       u"en denim selvedge"_qs},
         .brands = {u"Toile de Nîmes Co."_qs, u"Indigo Rive Gauche"_qs, u"Atelier Nord"_qs},
         .minPrice = 6900,
         .maxPrice = 11900,
         .options = Options::SizeAndColour,
         .sizing = Sizing::Trousers,
         .colours = kDenimColours,
         .details = {u"cinq poches, rivets en cuivre"_qs, u"toile tissée dans le sud de la France"_qs,
                     u"se patine joliment au fil des lavages"_qs},
         .closers = kClothingClosers,
         .count = 10},
        {.code = u"SHO"_qs,
         .categoryId = u"cat_vetements_bas"_qs,
         .image = u"pantalon"_qs,
         .noun = u"Short"_qs,
         .styles = {u"chino"_qs, u"à cordon"_qs, u"à pinces"_qs},
         .materials = {u"en lin"_qs, u"en coton"_qs, u"en seersucker"_qs},
         .brands = {u"Saison Claire"_qs, u"Atelier Nord"_qs},
         .minPrice = 3900,
         .maxPrice = 5900,
         .options = Options::SizeAndColour,
         .sizing = Sizing::Letters,
         .colours = kClothingColours,
         .details = {u"parfait pour les journées chaudes"_qs,
                     u"taille élastiquée au dos, poches profondes"_qs},
         .closers = kClothingClosers,
         .count = 8},
        {.code = u"ROB"_qs,
         .categoryId = u"cat_vetements_robes"_qs,
         .image = u"robe"_qs,
         .noun = u"Robe"_qs,
         .styles = {u"portefeuille"_qs, u"chemise"_qs, u"midi"_qs, u"longue"_qs, u"à smocks"_qs,
                    u"trapèze"_qs, u"à bretelles"_qs},
         .materials = {u"en lin"_qs, u"en viscose fleurie"_qs, u"en coton bio"_qs, u"en gaze de coton"_qs,
                       u"en crêpe"_qs},
         .brands = {u"Maison Garance"_qs, u"Saison Claire"_qs, u"Brume & Co"_qs},
         .minPrice = 5900,
         .maxPrice = 13900,
         .options = Options::SizeAndColour,
         .sizing = Sizing::Letters,
         .colours = kClothingColours,
         .details = {u"taille marquée et jupe fluide"_qs, u"boutonnage devant, manches trois-quarts"_qs,
                     u"légère et facile à porter toute la journée"_qs,
                     u"poches invisibles dans les coutures"_qs},
         .closers = kClothingClosers,
         .count = 14},
        {.code = u"VES"_qs,
         .categoryId = u"cat_vetements_vestes"_qs,
         .image = u"veste"_qs,
         .noun = u"Veste"_qs,
         .styles = {u"de travail"_qs, u"blazer"_qs, u"matelassée"_qs, u"chemise"_qs, u"bomber"_qs},
         .materials = {u"en moleskine"_qs, u"en toile de coton"_qs, u"en velours côtelé"_qs,
                       u"en laine bouillie"_qs, u"en denim"_qs},
         .brands = {u"Atelier Nord"_qs, u"Les Ateliers de la Vilaine"_qs, u"Fil d'Ouest"_qs},
         .minPrice = 8900,
         .maxPrice = 18900,
         .options = Options::SizeAndColour,
         .sizing = Sizing::Letters,
         .colours = kClothingColours,
         .details = {u"trois poches plaquées et boutons gravés"_qs,
                     u"doublure légère, se porte toute l'année"_qs,
                     u"une pièce robuste qui se patine avec le temps"_qs},
         .closers = kClothingClosers,
         .count = 10},
        {.code = u"MAN"_qs,
         .categoryId = u"cat_vetements_vestes"_qs,
         .image = u"veste"_qs,
         .noun = u"Manteau"_qs,
         .styles = {u"long"_qs, u"caban"_qs, u"croisé"_qs, u"droit"_qs, u"à capuche"_qs},
         .materials = {u"en laine"_qs, u"en laine recyclée"_qs, u"en drap de laine"_qs, u"en tweed"_qs},
         .brands = {u"Atelier Nord"_qs, u"Maison Garance"_qs, u"Laines de Lozère"_qs},
         .minPrice = 14900,
         .maxPrice = 25900,
         .options = Options::SizeAndColour,
         .sizing = Sizing::Letters,
         .colours = kClothingColours,
         .details = {u"chaud et structuré, doublure en viscose"_qs,
                     u"col large qui se relève contre le vent"_qs,
                     u"coupe intemporelle qui traverse les saisons"_qs},
         .closers = kClothingClosers,
         .count = 8},
        // --- Chaussures ----------------------------------------------------------------------
        {.code = u"BSK"_qs,
         .categoryId = u"cat_chaussures_baskets"_qs,
         .image = u"chaussures"_qs,
         .noun = u"Baskets"_qs,
         .styles = {u"basses"_qs, u"montantes"_qs, u"rétro"_qs, u"minimalistes"_qs, u"de ville"_qs},
         .materials = {u"en toile"_qs, u"en cuir"_qs, u"en daim"_qs, u"en cuir recyclé"_qs,
                       u"en toile bio"_qs},
         .brands = {u"Semelle Verte"_qs, u"Pas de Côté"_qs, u"Maison Ardent"_qs},
         .minPrice = 6900,
         .maxPrice = 12900,
         .options = Options::SizeAndColour,
         .sizing = Sizing::Shoes,
         .colours = kShoeColours,
         .details = {u"semelle en caoutchouc naturel cousue"_qs, u"lacets en coton bio"_qs,
                     u"légères et confortables dès le premier jour"_qs},
         .closers = kShoeClosers,
         .count = 14},
        {.code = u"DRB"_qs,
         .categoryId = u"cat_chaussures_ville"_qs,
         .image = u"chaussures"_qs,
         .noun = u"Derbies"_qs,
         .styles = {u"classiques"_qs, u"à bout golf"_qs, u"à semelle crantée"_qs, u"fleuries"_qs},
         .materials = {u"en cuir lisse"_qs, u"en cuir grainé"_qs, u"en daim"_qs},
         .brands = {u"Les Souliers de Romans"_qs, u"Maison Ardent"_qs},
         .minPrice = 11900,
         .maxPrice = 18900,
         .options = Options::SizeAndColour,
         .sizing = Sizing::Shoes,
         .colours = kShoeColours,
         .details = {u"montage Goodyear, ressemelables"_qs, u"cuir pleine fleur au tannage végétal"_qs,
                     u"bout rond et talon de 3 cm"_qs},
         .closers = kShoeClosers,
         .count = 8},
        {.code = u"MOC"_qs,
         .categoryId = u"cat_chaussures_ville"_qs,
         .image = u"chaussures"_qs,
         .noun = u"Mocassins"_qs,
         .styles = {u"à pampilles"_qs, u"à bride"_qs, u"souples"_qs},
         .materials = {u"en cuir"_qs, u"en daim"_qs},
         .brands = {u"Les Souliers de Romans"_qs, u"Maison Ardent"_qs},
         .minPrice = 10900,
         .maxPrice = 16900,
         .options = Options::SizeAndColour,
         .sizing = Sizing::Shoes,
         .colours = kShoeColours,
         .details = {u"semelle en cuir et patin de gomme"_qs,
                     u"se glissent sans effort, souples dès le départ"_qs},
         .closers = kShoeClosers,
         .count = 6},
        {.code = u"BOT"_qs,
         .categoryId = u"cat_chaussures_boots"_qs,
         .image = u"chaussures"_qs,
         .noun = u"Bottines"_qs,
         .styles = {u"Chelsea"_qs, u"à lacets"_qs, u"zippées"_qs, u"de marche"_qs},
         .materials = {u"en cuir"_qs, u"en daim"_qs, u"en cuir gras"_qs},
         .brands = {u"Les Souliers de Romans"_qs, u"Semelle Verte"_qs, u"Maison Ardent"_qs},
         .minPrice = 12900,
         .maxPrice = 21900,
         .options = Options::SizeAndColour,
         .sizing = Sizing::Shoes,
         .colours = kShoeColours,
         .details = {u"tirant à l'arrière pour les enfiler facilement"_qs, u"semelle crantée pour l'hiver"_qs,
                     u"cuir traité contre la pluie"_qs},
         .closers = kShoeClosers,
         .count = 10},
        // --- Accessoires ---------------------------------------------------------------------
        {.code = u"SAC"_qs,
         .categoryId = u"cat_accessoires_sacs"_qs,
         .image = u"sac"_qs,
         .noun = u"Sac"_qs,
         .styles = {u"cabas"_qs, u"besace"_qs, u"à dos"_qs, u"banane"_qs, u"seau"_qs},
         .materials = {u"en toile"_qs, u"en cuir"_qs, u"en toile cirée"_qs, u"en coton recyclé"_qs},
         .brands = {u"Toiles de Mayenne"_qs, u"Cabas & Cie"_qs, u"Atelier Nord"_qs},
         .minPrice = 3900,
         .maxPrice = 11900,
         .options = Options::Colour,
         .colours = kClothingColours,
         .details = {u"poche intérieure zippée et anses renforcées"_qs,
                     u"assez grand pour un ordinateur portable"_qs, u"bandoulière réglable et amovible"_qs},
         .closers = kAccessoryClosers,
         .count = 14},
        {.code = u"ECH"_qs,
         .categoryId = u"cat_accessoires_echarpes"_qs,
         .image = u"echarpe"_qs,
         .noun = u"Écharpe"_qs,
         .styles = {u"longue"_qs, u"à franges"_qs, u"à carreaux"_qs, u"chinée"_qs},
         .materials = {u"en laine"_qs, u"en cachemire recyclé"_qs, u"en lin"_qs, u"en alpaga"_qs},
         .brands = {u"Laines de Lozère"_qs, u"Tricots de l'Aven"_qs, u"Fil d'Ouest"_qs},
         .minPrice = 2900,
         .maxPrice = 6900,
         .options = Options::Colour,
         .colours = kClothingColours,
         .details = {u"généreuse, elle se noue de mille façons"_qs, u"tissée sur des métiers anciens"_qs},
         .closers = kAccessoryClosers,
         .count = 8},
        {.code = u"BON"_qs,
         .categoryId = u"cat_accessoires_echarpes"_qs,
         .image = u"echarpe"_qs,
         .noun = u"Bonnet"_qs,
         .styles = {u"côtelé"_qs, u"à revers"_qs, u"à pompon"_qs, u"marin"_qs},
         .materials = {u"en laine mérinos"_qs, u"en laine d'agneau"_qs, u"en coton"_qs},
         .brands = {u"Tricots de l'Aven"_qs, u"Laines de Lozère"_qs},
         .minPrice = 1900,
         .maxPrice = 3900,
         .options = Options::Colour,
         .colours = kClothingColours,
         .details = {u"maille serrée qui protège du vent"_qs, u"taille unique, revers ajustable"_qs},
         .closers = kAccessoryClosers,
         .count = 8},
        // --- Maison --------------------------------------------------------------------------
        {.code = u"MUG"_qs,
         .categoryId = u"cat_maison_cuisine"_qs,
         .image = u"mug"_qs,
         .noun = u"Mug"_qs,
         .styles = {u"émaillé"_qs, u"à anse large"_qs, u"moucheté"_qs, u"droit"_qs, u"évasé"_qs},
         .materials = {u"en grès"_qs, u"en faïence"_qs, u"en porcelaine"_qs},
         .brands = {u"Terres de Vallauris"_qs, u"Grès d'Uzès"_qs, u"Maison Lumen"_qs},
         .minPrice = 1200,
         .maxPrice = 1900,
         .options = Options::Colour,
         .colours = kHomeColours,
         .details = {u"contenance 30 cl, passe au lave-vaisselle"_qs,
                     u"émaillé à la main, chaque pièce est unique"_qs, u"se tient bien en main"_qs},
         .closers = kHomeClosers,
         .count = 12},
        {.code = u"BOL"_qs,
         .categoryId = u"cat_maison_cuisine"_qs,
         .image = u"mug"_qs,
         .noun = u"Bol"_qs,
         .styles = {u"à céréales"_qs, u"à soupe"_qs, u"à ramen"_qs, u"empilable"_qs},
         .materials = {u"en grès"_qs, u"en faïence"_qs, u"en porcelaine"_qs},
         .brands = {u"Terres de Vallauris"_qs, u"Grès d'Uzès"_qs},
         .minPrice = 900,
         .maxPrice = 1600,
         .formats = {{u"Ø 12 cm"_qs, 100}, {u"Ø 15 cm"_qs, 130}},
         .details = {u"passe au four, au micro-ondes et au lave-vaisselle"_qs,
                     u"émail réactif aux reflets changeants"_qs},
         .closers = kHomeClosers,
         .count = 8},
        {.code = u"THI"_qs,
         .categoryId = u"cat_maison_cuisine"_qs,
         .image = u"mug"_qs,
         .noun = u"Théière"_qs,
         .styles = {u"ronde"_qs, u"japonaise"_qs, u"à infuseur"_qs},
         .materials = {u"en grès"_qs, u"en fonte émaillée"_qs, u"en porcelaine"_qs},
         .brands = {u"Grès d'Uzès"_qs, u"Maison Lumen"_qs},
         .minPrice = 3500,
         .maxPrice = 6900,
         .formats = {{u"0,6 l"_qs, 100}, {u"1 l"_qs, 125}},
         .details = {u"filtre inox amovible, bec verseur qui ne goutte pas"_qs,
                     u"garde le thé au chaud longtemps"_qs},
         .closers = kHomeClosers,
         .count = 6},
        {.code = u"COU"_qs,
         .categoryId = u"cat_maison_linge"_qs,
         .image = u"coussin"_qs,
         .noun = u"Housse de coussin"_qs,
         .styles = {u"unie"_qs, u"rayée"_qs, u"à carreaux"_qs, u"brodée"_qs, u"à franges"_qs},
         .materials = {u"en lin lavé"_qs, u"en velours"_qs, u"en coton bio"_qs, u"en gaze de coton"_qs},
         .brands = {u"Lin & Lavande"_qs, u"Maison Lumen"_qs, u"Filature Garance"_qs},
         .minPrice = 2500,
         .maxPrice = 4500,
         .formats = {{u"40 × 40 cm"_qs, 100}, {u"50 × 50 cm"_qs, 120}, {u"30 × 50 cm"_qs, 95}},
         .details = {u"fermeture à glissière cachée, garnissage vendu à part"_qs,
                     u"tissu épais au tomber souple"_qs},
         .closers = kHomeClosers,
         .count = 10},
        {.code = u"PLA"_qs,
         .categoryId = u"cat_maison_linge"_qs,
         .image = u"coussin"_qs,
         .noun = u"Plaid"_qs,
         .styles = {u"à chevrons"_qs, u"uni"_qs, u"à franges"_qs, u"à carreaux"_qs},
         .materials = {u"en laine"_qs, u"en coton recyclé"_qs, u"en mohair"_qs, u"en lin"_qs},
         .brands = {u"Filature Garance"_qs, u"Laines de Lozère"_qs},
         .minPrice = 5900,
         .maxPrice = 12900,
         .options = Options::Colour,
         .colours = kHomeColours,
         .details = {u"130 × 180 cm, pour le canapé comme pour le lit"_qs,
                     u"tissé en France sur des métiers jacquard"_qs},
         .closers = kHomeClosers,
         .count = 8},
        {.code = u"TOR"_qs,
         .categoryId = u"cat_maison_linge"_qs,
         .image = u"coussin"_qs,
         .noun = u"Lot de 2 torchons"_qs,
         .styles = {u"rayés"_qs, u"à carreaux"_qs, u"unis"_qs, u"brodés"_qs},
         .materials = {u"en lin"_qs, u"en métis lin et coton"_qs, u"en coton"_qs},
         .brands = {u"Lin & Lavande"_qs, u"Filature Garance"_qs},
         .minPrice = 1500,
         .maxPrice = 2500,
         .options = Options::Colour,
         .colours = kHomeColours,
         .details = {u"très absorbants, ils s'adoucissent à chaque lavage"_qs,
                     u"50 × 70 cm, avec une boucle pour les suspendre"_qs},
         .closers = kHomeClosers,
         .count = 8},
        {.code = u"BOU"_qs,
         .categoryId = u"cat_maison_decoration"_qs,
         .image = u"bougie"_qs,
         .noun = u"Bougie parfumée"_qs,
         .styles = {u"figuier"_qs, u"bois de cèdre"_qs, u"fleur d'oranger"_qs, u"tomate verte"_qs,
                    u"thé noir"_qs, u"ambre"_qs, u"lavande"_qs, u"mimosa"_qs},
         .materials = {u"en verre ambré"_qs, u"en pot de grès"_qs},
         .brands = {u"Maison Lumen"_qs, u"Ciergerie de l'Aube"_qs},
         .minPrice = 1900,
         .maxPrice = 4500,
         .formats = {{u"180 g"_qs, 100}, {u"300 g"_qs, 150}},
         .details = {u"cire végétale et mèche en coton, environ 40 heures de combustion"_qs,
                     u"coulée à la main en petites séries"_qs,
                     u"un parfum doux qui emplit la pièce sans l'envahir"_qs},
         .closers = kHomeClosers,
         .count = 12},
        {.code = u"VAS"_qs,
         .categoryId = u"cat_maison_decoration"_qs,
         .image = u"vase"_qs,
         .noun = u"Vase"_qs,
         .styles = {u"boule"_qs, u"soliflore"_qs, u"amphore"_qs, u"cylindre"_qs},
         .materials = {u"en grès"_qs, u"en verre soufflé"_qs, u"en terre cuite"_qs,
                       u"en céramique émaillée"_qs},
         .brands = {u"Maison Lumen"_qs, u"Terres de Vallauris"_qs, u"Atelier Soufflé"_qs},
         .minPrice = 2500,
         .maxPrice = 7900,
         .formats = {{u"petit modèle"_qs, 100}, {u"grand modèle"_qs, 160}},
         .details = {u"pour un bouquet du marché ou quelques branches"_qs,
                     u"façonné à la main, intérieur étanche"_qs},
         .closers = kHomeClosers,
         .count = 8},
        // --- Épicerie fine -------------------------------------------------------------------
        {.code = u"THE"_qs,
         .categoryId = u"cat_epicerie_the_cafe_thes"_qs,
         .taxClass = TaxClass::Reduced,
         .image = u"the"_qs,
         .noun = u"Thé"_qs,
         .styles = {u"vert"_qs, u"noir"_qs, u"blanc"_qs, u"oolong"_qs, u"rouge"_qs},
         .materials = {u"nature"_qs, u"au jasmin"_qs, u"à la bergamote"_qs, u"aux agrumes"_qs,
                       u"à la menthe"_qs, u"à la vanille"_qs, u"aux fruits rouges"_qs, u"au gingembre"_qs},
         .brands = {u"Les Jardins de Jade"_qs, u"Palais des Feuilles"_qs, u"Maison Théodore"_qs},
         .minPrice = 690,
         .maxPrice = 1590,
         .formats = {{u"100 g"_qs, 100}, {u"250 g"_qs, 220}},
         .details = {u"feuilles entières, à infuser 3 minutes à 80 °C"_qs,
                     u"un thé de caractère, délicieux l'après-midi"_qs,
                     u"mélangé et conditionné en France"_qs},
         .closers = kTeaCoffeeClosers,
         .count = 14},
        {.code = u"CAF"_qs,
         .categoryId = u"cat_epicerie_the_cafe_cafes"_qs,
         .taxClass = TaxClass::Reduced,
         .image = u"cafe"_qs,
         .noun = u"Café"_qs,
         .styles = {u"d'Éthiopie"_qs, u"du Brésil"_qs, u"de Colombie"_qs, u"du Guatemala"_qs, u"du Pérou"_qs,
                    u"du Honduras"_qs, u"du Rwanda"_qs, u"d'Inde"_qs},
         .materials = {u"bio"_qs, u"torréfaction douce"_qs, u"torréfaction corsée"_qs, u"décaféiné"_qs},
         .brands = {u"Brûlerie des Quais"_qs, u"Torréfaction Lacaze"_qs, u"Café Marcel"_qs},
         .minPrice = 790,
         .maxPrice = 1490,
         .formats = {{u"250 g en grains"_qs, 100}, {u"250 g moulu"_qs, 100}, {u"1 kg en grains"_qs, 340}},
         .details = {u"notes de cacao et de fruits secs"_qs,
                     u"torréfié chaque semaine en petites quantités"_qs,
                     u"un café rond, peu acide, idéal en espresso"_qs},
         .closers = kTeaCoffeeClosers,
         .count = 12},
        {.code = u"CHO"_qs,
         .categoryId = u"cat_epicerie_confiseries"_qs,
         .taxClass = TaxClass::Reduced,
         .image = u"confiserie"_qs,
         .noun = u"Tablette de chocolat"_qs,
         .styles = {u"noir 70 %"_qs, u"noir 85 %"_qs, u"au lait"_qs, u"blanc"_qs},
         .materials = {u""_qs, u"aux noisettes"_qs, u"à la fleur de sel"_qs, u"aux éclats de fèves"_qs,
                       u"à l'orange"_qs},
         .brands = {u"Chocolaterie Morin"_qs, u"Maison Perrache"_qs},
         .minPrice = 450,
         .maxPrice = 790,
         .formats = {{u"100 g"_qs, 100}, {u"lot de 3"_qs, 280}},
         .details = {u"travaillé de la fève à la tablette"_qs, u"un chocolat fondant, long en bouche"_qs},
         .closers = kSweetClosers,
         .count = 10},
        {.code = u"CRM"_qs,
         .categoryId = u"cat_epicerie_confiseries"_qs,
         .taxClass = TaxClass::Reduced,
         .image = u"confiserie"_qs,
         .noun = u"Caramels tendres"_qs,
         .styles = {u"au beurre salé"_qs, u"à la vanille"_qs, u"au chocolat"_qs, u"à la fleur de sel"_qs,
                    u"au café"_qs},
         .materials = {u""_qs, u"en boîte métal"_qs},
         .brands = {u"Confiserie du Vieux-Port"_qs, u"Maison Perrache"_qs},
         .minPrice = 590,
         .maxPrice = 990,
         .formats = {{u"150 g"_qs, 100}, {u"300 g"_qs, 180}},
         .details = {u"cuits au chaudron en cuivre, emballés un à un"_qs,
                     u"une recette au beurre et à la crème fraîche"_qs},
         .closers = kSweetClosers,
         .count = 6},
        {.code = u"NOU"_qs,
         .categoryId = u"cat_epicerie_confiseries"_qs,
         .taxClass = TaxClass::Reduced,
         .image = u"confiserie"_qs,
         .noun = u"Nougat"_qs,
         .styles = {u"blanc"_qs, u"noir"_qs, u"tendre"_qs},
         .materials = {u"aux amandes"_qs, u"aux pistaches"_qs, u"au miel de lavande"_qs,
                       u"aux fruits confits"_qs},
         .brands = {u"Confiserie du Vieux-Port"_qs, u"Maison Arnaud"_qs},
         .minPrice = 490,
         .maxPrice = 890,
         .formats = {{u"barre de 100 g"_qs, 100}, {u"coffret de 250 g"_qs, 230}},
         .details = {u"miel de Provence et blancs d'œufs frais"_qs, u"fabriqué à Montélimar"_qs},
         .closers = kSweetClosers,
         .count = 6},
        {.code = u"PDF"_qs,
         .categoryId = u"cat_epicerie_confiseries"_qs,
         .taxClass = TaxClass::Reduced,
         .image = u"confiserie"_qs,
         .noun = u"Pâtes de fruits"_qs,
         .styles = {u"abricot"_qs, u"framboise"_qs, u"coing"_qs, u"cassis"_qs, u"poire"_qs, u"mandarine"_qs},
         .materials = {u""_qs},
         .brands = {u"Confiserie du Vieux-Port"_qs, u"Confiserie de l'Allier"_qs},
         .minPrice = 690,
         .maxPrice = 1190,
         .formats = {{u"boîte de 200 g"_qs, 100}, {u"coffret de 400 g"_qs, 180}},
         .details = {u"plus de 50 % de fruits, roulées dans le sucre"_qs,
                     u"une recette auvergnate, fondante et acidulée"_qs},
         .closers = kSweetClosers,
         .count = 6},
        {.code = u"SAR"_qs,
         .categoryId = u"cat_epicerie_conserves"_qs,
         .taxClass = TaxClass::Reduced,
         .image = u"conserve"_qs,
         .noun = u"Sardines"_qs,
         .styles = {u"à l'huile d'olive"_qs, u"au beurre"_qs, u"au citron"_qs, u"à la tomate"_qs,
                    u"au piment d'Espelette"_qs, u"à l'ancienne"_qs},
         .materials = {u""_qs, u"bio"_qs},
         .brands = {u"Les Conserveries de Groix"_qs, u"Conserverie Kerbor"_qs, u"Maison Penn Sardin"_qs},
         .minPrice = 390,
         .maxPrice = 890,
         .formats = {{u"boîte de 115 g"_qs, 100}, {u"lot de 3 boîtes"_qs, 270}},
         .details = {u"sardines de Bretagne étêtées et emboîtées à la main"_qs,
                     u"elles se bonifient avec le temps, comme un bon vin"_qs},
         .closers = kTinClosers,
         .count = 10},
        {.code = u"RIL"_qs,
         .categoryId = u"cat_epicerie_conserves"_qs,
         .taxClass = TaxClass::Reduced,
         .image = u"conserve"_qs,
         .noun = u"Rillettes"_qs,
         .styles = {u"de maquereau"_qs, u"de thon"_qs, u"de sardine"_qs, u"de saumon"_qs,
                    u"de noix de Saint-Jacques"_qs},
         .materials = {u""_qs, u"au citron"_qs, u"aux algues"_qs, u"au piment d'Espelette"_qs},
         .brands = {u"Les Conserveries de Groix"_qs, u"Conserverie Kerbor"_qs},
         .minPrice = 450,
         .maxPrice = 790,
         .formats = {{u"verrine de 90 g"_qs, 100}, {u"lot de 2 verrines"_qs, 190}},
         .details = {u"à tartiner sur du pain grillé à l'apéritif"_qs,
                     u"une recette riche en poisson, sans additifs"_qs},
         .closers = kTinClosers,
         .count = 8},
        {.code = u"SOU"_qs,
         .categoryId = u"cat_epicerie_conserves"_qs,
         .taxClass = TaxClass::Reduced,
         .image = u"conserve"_qs,
         .noun = u"Soupe de poissons"_qs,
         .styles = {u"de roche"_qs, u"à l'ancienne"_qs, u"au safran"_qs, u"bretonne"_qs},
         .materials = {u""_qs, u"bio"_qs},
         .brands = {u"Les Conserveries de Groix"_qs, u"Maison Penn Sardin"_qs},
         .minPrice = 690,
         .maxPrice = 1190,
         .formats = {{u"bocal de 780 ml"_qs, 100}},
         .details = {u"à servir bien chaude avec croûtons et rouille"_qs,
                     u"mijotée longuement avec des poissons de petite pêche"_qs},
         .closers = kTinClosers,
         .count = 6},
        // --- Librairie -----------------------------------------------------------------------
        {.code = u"LVC"_qs,
         .categoryId = u"cat_librairie_livres_cuisine"_qs,
         .taxClass = TaxClass::Reduced,
         .image = u"livre"_qs,
         .styles = {u"Cuisine"_qs, u"Recettes"_qs, u"Petits plats"_qs, u"La table"_qs, u"Le goût"_qs,
                    u"Carnet gourmand"_qs},
         .materials = {u"du marché"_qs, u"de saison"_qs, u"de la mer"_qs, u"de Provence"_qs,
                       u"du Sud-Ouest"_qs, u"de Bretagne"_qs, u"des Alpes"_qs},
         .brands = {u"Éditions du Phare"_qs, u"Éditions Sablier"_qs, u"Le Goût des Pages"_qs},
         .minPrice = 1900,
         .maxPrice = 3900,
         .formats = {{u"broché"_qs, 100}, {u"relié"_qs, 140}},
         .details = {u"quatre-vingts recettes simples, photographiées pas à pas"_qs,
                     u"un tour de France gourmand en cent recettes de saison"_qs,
                     u"des recettes de famille, des producteurs et leurs histoires"_qs},
         .closers = kBookClosers,
         .count = 10},
        {.code = u"LVV"_qs,
         .categoryId = u"cat_librairie_livres_voyage"_qs,
         .taxClass = TaxClass::Reduced,
         .image = u"livre"_qs,
         .styles = {u"Balades"_qs, u"Escapades"_qs, u"Carnet de route"_qs, u"Un été"_qs, u"Chroniques"_qs,
                    u"Randonnées"_qs},
         .materials = {u"en Corse"_qs, u"dans les Cévennes"_qs, u"au Pays basque"_qs, u"sur la Loire"_qs,
                       u"en Bretagne"_qs, u"dans le Jura"_qs, u"en Auvergne"_qs},
         .brands = {u"Éditions Boussole"_qs, u"Éditions du Phare"_qs},
         .minPrice = 1900,
         .maxPrice = 2900,
         .formats = {{u"broché"_qs, 100}, {u"poche"_qs, 45}},
         .details = {u"un récit de voyage illustré, avec cartes et adresses"_qs,
                     u"des itinéraires à pied et à vélo, loin des sentiers battus"_qs,
                     u"un carnet de croquis et de rencontres au fil des saisons"_qs},
         .closers = kBookClosers,
         .count = 10},
        {.code = u"LVJ"_qs,
         .categoryId = u"cat_librairie_livres_jeunesse"_qs,
         .taxClass = TaxClass::Reduced,
         .image = u"livre"_qs,
         .styles = {u"Le petit renard"_qs, u"Lila"_qs, u"La baleine bleue"_qs, u"Gaspard"_qs,
                    u"Le hérisson"_qs, u"Mona"_qs},
         .materials = {u"et la lune"_qs, u"au bord de la mer"_qs, u"fait la fête"_qs, u"part en voyage"_qs,
                       u"et le grand hiver"_qs, u"à l'école"_qs},
         .brands = {u"La Petite Étagère"_qs, u"Éditions Sablier"_qs},
         .minPrice = 1090,
         .maxPrice = 1590,
         .formats = {{u"album"_qs, 100}, {u"tout-carton"_qs, 80}},
         .details = {u"un album tendre à lire à voix haute, dès 3 ans"_qs,
                     u"une histoire douce pour le coucher, dès 2 ans"_qs,
                     u"de grandes illustrations à l'aquarelle, dès 4 ans"_qs},
         .closers = kBookClosers,
         .count = 10},
        {.code = u"CRN"_qs,
         .categoryId = u"cat_librairie_papeterie"_qs,
         .image = u"carnet"_qs,
         .noun = u"Carnet"_qs,
         .styles = {u"ligné"_qs, u"à pointillés"_qs, u"quadrillé"_qs, u"à pages blanches"_qs},
         .materials = {u"couverture lin"_qs, u"couverture kraft"_qs, u"couverture cuir recyclé"_qs,
                       u"à reliure cousue"_qs},
         .brands = {u"Papeterie Vauban"_qs, u"Cahiers Marceau"_qs, u"Atelier Papier"_qs},
         .minPrice = 890,
         .maxPrice = 1690,
         .formats = {{u"A6"_qs, 100}, {u"A5"_qs, 140}, {u"A4"_qs, 190}},
         .details = {u"papier ivoire de 90 g/m² qui ne traverse pas"_qs,
                     u"s'ouvre bien à plat, signet et élastique"_qs},
         .closers = kStationeryClosers,
         .count = 12},
        {.code = u"STY"_qs,
         .categoryId = u"cat_librairie_papeterie"_qs,
         .image = u"carnet"_qs,
         .noun = u"Stylo"_qs,
         .styles = {u"plume"_qs, u"à bille"_qs, u"roller"_qs},
         .materials = {u"en laiton"_qs, u"en bois d'érable"_qs, u"en aluminium"_qs, u"en résine recyclée"_qs},
         .brands = {u"Papeterie Vauban"_qs, u"Atelier Papier"_qs},
         .minPrice = 1290,
         .maxPrice = 5900,
         .formats = {{u"encre noire"_qs, 100}, {u"encre bleue"_qs, 100}},
         .details = {u"rechargeable, livré avec une cartouche"_qs,
                     u"bien équilibré pour écrire longtemps"_qs},
         .closers = kStationeryClosers,
         .count = 8},
        // --- Cartes cadeaux ------------------------------------------------------------------
        {.code = u"CAD"_qs,
         .categoryId = u"cat_cartes_cadeaux"_qs,
         .taxClass = TaxClass::Zero,
         .image = u"carte-cadeau"_qs,
         .noun = u"Carte cadeau"_qs,
         .styles = {u"Comptoir"_qs, u"Anniversaire"_qs, u"Naissance"_qs, u"Merci"_qs,
                    u"Fêtes de fin d'année"_qs},
         .materials = {u""_qs},
         .brands = {u"Comptoir"_qs},
         .options = Options::Amount,
         .details = {u"valable un an dans toutes nos boutiques et sur l'application"_qs},
         .closers = kGiftCardClosers,
         .count = 5},
    };
    return kinds;
}

// ---------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------

// Draws from std::mt19937's raw output, whose sequence the standard fixes: the standard
// distributions (uniform_int_distribution, std::shuffle) are implementation-defined and would
// give another catalog with another standard library.
class Dice {
public:
    explicit Dice(std::uint32_t seed) : m_engine(seed) {}

    // Uniform enough in [low, high] for demo data (the modulo bias is negligible here).
    int between(int low, int high)
    {
        const auto span = static_cast<std::uint32_t>(high - low + 1);
        return low + static_cast<int>(m_engine() % span);
    }
    bool chance(int percent) { return between(1, 100) <= percent; }

    template <typename T> const T& pick(const QList<T>& list)
    {
        return list.at(between(0, static_cast<int>(list.size()) - 1));
    }

    // Fisher–Yates, for the same reason as above.
    template <typename T> void shuffle(QList<T>& list)
    {
        for (auto i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, between(0, static_cast<int>(i)));
    }

    // `count` distinct items of `list`, in the list's order.
    QStringList sample(const QStringList& list, int count)
    {
        QList<int> indexes;
        for (int i = 0; i < list.size(); ++i)
            indexes.append(i);
        shuffle(indexes);
        indexes.resize(std::min<qsizetype>(count, indexes.size()));
        std::sort(indexes.begin(), indexes.end());
        QStringList picked;
        for (int i : indexes)
            picked.append(list.at(i));
        return picked;
    }

private:
    std::mt19937 m_engine;
};

// SKUs and ids are ASCII: accents are dropped ("écru" → "ECRU"), anything else between
// letters and digits becomes one hyphen ("vert sauge" → "VERT-SAUGE", "250 g" → "250-G").
QString skuPart(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString part;
    bool pendingHyphen = false;
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (pendingHyphen && !part.isEmpty())
                part += u'-';
            pendingHyphen = false;
            part += c.toUpper();
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingHyphen = true;
        }
    }
    return part;
}

QString joinedName(const QString& noun, const QString& style, const QString& material)
{
    QStringList words;
    for (const QString& word : {noun, style, material})
        if (!word.isEmpty())
            words.append(word);
    return words.join(u' ');
}

// Shop prices end in ,00 / ,50 / ,90 / ,99, and stay within the kind's range.
qint64 shopPrice(Dice& dice, qint64 minPrice, qint64 maxPrice)
{
    static const QList<int> endings = {0, 90, 90, 90, 0, 50, 99};
    const int euros = dice.between(static_cast<int>(minPrice / 100), static_cast<int>(maxPrice / 100));
    const qint64 price = qint64(euros) * 100 + dice.pick(endings);
    return std::clamp(price, minPrice, maxPrice);
}

// A larger format costs a multiple of the base price, rounded to the nearest euro minus ten
// cents (19,58 € → 19,90 €) so it still looks like a shop price.
qint64 scaledPrice(qint64 basePrice, int percent)
{
    if (percent == 100)
        return basePrice;
    const qint64 euros = (basePrice * percent / 100 + 50) / 100;
    return euros > 1 ? euros * 100 - 10 : 100;
}

// GS1 France prefix 376, then a running number, then the check digit.
class BarcodeSequence {
public:
    QString next()
    {
        const QString first12 = u"376"_qs + QString::number(++m_last).rightJustified(9, u'0');
        return first12 + QString::number(ean13CheckDigit(first12));
    }

private:
    qint64 m_last = 0;
};

QStringList sizesFor(Sizing sizing)
{
    switch (sizing) {
    case Sizing::Letters:
        return kLetterSizes;
    case Sizing::Trousers:
        return kTrouserSizes;
    case Sizing::Shoes:
        return kShoeSizes;
    case Sizing::None:
        break;
    }
    return {};
}

// A run of neighbouring sizes, as a shop would stock them (S–L, or 39–44).
QStringList sizeRun(Dice& dice, Sizing sizing)
{
    const QStringList all = sizesFor(sizing);
    const int length = sizing == Sizing::Letters ? dice.between(3, 5) : dice.between(4, 6);
    const int start = dice.between(0, static_cast<int>(all.size()) - length);
    return all.mid(start, length);
}

Variant makeVariant(const QString& skuStem, const QStringList& skuSuffixes, QMap<QString, QString> options,
                    qint64 price, BarcodeSequence& barcodes)
{
    QStringList parts = {skuStem};
    for (const QString& suffix : skuSuffixes)
        parts.append(skuPart(suffix));
    return Variant{.sku = parts.join(u'-'),
                   .options = std::move(options),
                   .price = Money::of(price),
                   .barcode = barcodes.next()};
}

QList<Variant> makeVariants(const ProductKind& kind, const QString& skuStem, Dice& dice,
                            BarcodeSequence& barcodes)
{
    QList<Variant> variants;
    switch (kind.options) {
    case Options::SizeAndColour: {
        const qint64 price = shopPrice(dice, kind.minPrice, kind.maxPrice);
        const QStringList colours = dice.sample(kind.colours, dice.between(2, 4));
        QStringList sizes = sizeRun(dice, kind.sizing);
        while (colours.size() * sizes.size() > kMaxVariants)
            sizes.removeLast();
        for (const QString& colour : colours)
            for (const QString& size : sizes)
                variants.append(makeVariant(skuStem, {size, colour},
                                            {{u"taille"_qs, size}, {u"couleur"_qs, colour}}, price,
                                            barcodes));
        break;
    }
    case Options::Colour: {
        const qint64 price = shopPrice(dice, kind.minPrice, kind.maxPrice);
        for (const QString& colour : dice.sample(kind.colours, dice.between(1, 3)))
            variants.append(makeVariant(skuStem, {colour}, {{u"couleur"_qs, colour}}, price, barcodes));
        break;
    }
    case Options::Format: {
        const qint64 basePrice = shopPrice(dice, kind.minPrice, kind.maxPrice);
        const int formatCount =
            dice.between(1, static_cast<int>(std::min<qsizetype>(3, kind.formats.size())));
        for (const Format& format : kind.formats.first(formatCount))
            variants.append(makeVariant(skuStem, {format.label}, {{u"format"_qs, format.label}},
                                        scaledPrice(basePrice, format.pricePercent), barcodes));
        break;
    }
    case Options::Amount:
        for (int amount : kGiftCardAmounts) {
            const QString label = QString::number(amount) + u" €"_qs;
            variants.append(makeVariant(skuStem, {QString::number(amount)}, {{u"montant"_qs, label}},
                                        qint64(amount) * 100, barcodes));
        }
        break;
    }
    return variants;
}

QList<Location> makeLocations()
{
    QList<Location> locations;
    for (const LocationRow& row : kLocations)
        locations.append(Location{.id = LocationId{QString::fromUtf16(row.id)},
                                  .name = QString::fromUtf16(row.name),
                                  .kind = row.kind,
                                  .address = QString::fromUtf16(row.address),
                                  .timezone = u"Europe/Paris"_qs});
    return locations;
}

QList<Category> makeCategories()
{
    QList<Category> categories;
    QMap<QString, int> siblingsSoFar; // by parent id
    for (const CategoryRow& row : kCategories) {
        const QString parentId = QString::fromUtf16(row.parentId);
        categories.append(Category{.id = CategoryId{QString::fromUtf16(row.id)},
                                   .name = QString::fromUtf16(row.name),
                                   .parentId = CategoryId{parentId},
                                   .position = ++siblingsSoFar[parentId]});
    }
    return categories;
}

QList<Product> makeProducts(Dice& dice)
{
    QList<Product> products;
    BarcodeSequence barcodes;
    for (const ProductKind& kind : productKinds()) {
        // Distinct style × material pairs, so no two products of a kind share a name.
        QList<QPair<QString, QString>> pairs;
        for (const QString& style : kind.styles)
            for (const QString& material : kind.materials)
                pairs.append({style, material});
        dice.shuffle(pairs);
        pairs.resize(std::min<qsizetype>(kind.count, pairs.size()));

        for (const auto& [style, material] : pairs) {
            const int number = static_cast<int>(products.size()) + 1;
            const QString digits = QString::number(number).rightJustified(4, u'0');
            const QString name = joinedName(kind.noun, style, material);
            Product product;
            product.id = ProductId{u"prd_"_qs + digits};
            product.name = name;
            product.description =
                name + u", "_qs + dice.pick(kind.details) + u". "_qs + dice.pick(kind.closers);
            product.brand = dice.pick(kind.brands);
            product.categoryId = CategoryId{kind.categoryId};
            product.taxClass = kind.taxClass;
            product.status = ProductStatus::Active;
            product.imageUrl = u"/images/products/"_qs + kind.image + u".svg"_qs;
            product.variants = makeVariants(kind, kind.code + u'-' + digits, dice, barcodes);
            product.version = 1;
            products.append(product);
        }
    }
    return products;
}

// Stores hold a few of each SKU and run out now and then (about one store shelf in eight is
// empty) so "out of stock here, available there" shows up everywhere in the demo; a few
// products are sold out in one whole store. The warehouse always has a deeper stock.
QList<DemoStock> makeStock(const QList<Product>& products, const QList<Location>& locations, Dice& dice)
{
    constexpr int kEmptyShelfPercent = 10;
    constexpr int kSoldOutInOneStorePercent = 4;

    QList<int> storeIndexes;
    for (int i = 0; i < locations.size(); ++i)
        if (locations.at(i).kind == LocationKind::Store)
            storeIndexes.append(i);

    QList<DemoStock> stock;
    for (const Product& product : products) {
        const int soldOutStore = dice.chance(kSoldOutInOneStorePercent) ? dice.pick(storeIndexes) : -1;
        for (const Variant& variant : product.variants) {
            QList<qint64> onHand(locations.size(), 0);
            for (int i = 0; i < locations.size(); ++i) {
                if (locations.at(i).kind == LocationKind::Warehouse)
                    onHand[i] = dice.between(20, 200);
                else if (i != soldOutStore && !dice.chance(kEmptyShelfPercent))
                    onHand[i] = dice.between(1, 25);
            }
            // A product sold out in one store stays on the shelf of another one.
            if (soldOutStore >= 0) {
                const bool elsewhere = std::any_of(storeIndexes.begin(), storeIndexes.end(),
                                                   [&](int i) { return i != soldOutStore && onHand[i] > 0; });
                if (!elsewhere)
                    onHand[soldOutStore == storeIndexes.first() ? storeIndexes.last()
                                                                : storeIndexes.first()] = dice.between(1, 25);
            }
            for (int i = 0; i < locations.size(); ++i)
                stock.append(
                    DemoStock{.sku = variant.sku, .locationId = locations.at(i).id, .onHand = onHand[i]});
        }
    }
    return stock;
}

} // namespace

DemoCatalog buildDemoCatalog()
{
    Dice dice(kSeed);
    DemoCatalog catalog;
    catalog.locations = makeLocations();
    catalog.categories = makeCategories();
    catalog.products = makeProducts(dice);
    catalog.stock = makeStock(catalog.products, catalog.locations, dice);
    return catalog;
}

} // namespace comptoir::server::demo
