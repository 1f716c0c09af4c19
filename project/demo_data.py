"""The content of the demo marketplace that `manage.py seed_demo` creates.

Five artists in different UK regions, thirty artworks across the eight
mediums, three collectors with galleries, and orders that are taken through
the order services to every status. Every demo member's email is at
EMAIL_DOMAIN, which is how the command recognises demo data already there,
and every demo member has the password PASSWORD.
"""

from dataclasses import dataclass
from decimal import Decimal

from orders.payments import Card

EMAIL_DOMAIN = "demo.openstudio.example"
PASSWORD = "Demo-Password-2024"
# Accepted by the demo payment provider, which takes no money.
CARD = Card(number="4242424242424242", expiry="12/30", cvv="123")
CARRIER = "Royal Mail Special Delivery"
IMAGE_BASE_URL = "https://res.cloudinary.com/demo/image/upload/"


@dataclass(frozen=True)
class DemoMember:
    username: str
    first_name: str
    last_name: str
    address: str
    postcode: str
    bio: str = ""
    website: str = ""

    @property
    def email(self) -> str:
        return f"{self.username}@{EMAIL_DOMAIN}"


@dataclass(frozen=True)
class DemoArtwork:
    artist: str
    title: str
    description: str
    year: int
    price: str
    medium: str
    material: str
    # Width, depth and height in centimetres.
    size: tuple[str, str, str]
    weight_kg: str
    images: tuple[str, ...]
    quantity: int = 1

    def model_fields(self) -> dict:
        """Return the Artwork fields, with decimals, for this artwork."""
        width, depth, height = (Decimal(measure) for measure in self.size)
        return {
            "title": self.title,
            "description": self.description,
            "year": self.year,
            "price": Decimal(self.price),
            "quantity_for_sale": self.quantity,
            "is_for_sale": True,
            "medium": self.medium,
            "material": self.material,
            "width": width,
            "depth": depth,
            "height": height,
            "weight": Decimal(self.weight_kg),
        }

    def image_urls(self) -> list[str]:
        return [IMAGE_BASE_URL + public_id for public_id in self.images]


@dataclass(frozen=True)
class DemoOrder:
    buyer: str
    artwork: str
    journey: str


ARTISTS = (
    DemoMember(
        username="amara.okafor",
        first_name="Amara",
        last_name="Okafor",
        address="Studio 4, 18 Hanbury Street, London",
        postcode="E1 6QR",
        bio="Paints the streets and markets of east London in thick oils, "
        "usually at dawn before the stalls open. Studied at the Slade and has "
        "kept a studio off Brick Lane since 2014.",
        website="https://amaraokafor.example",
    ),
    DemoMember(
        username="tom.hargreaves",
        first_name="Tom",
        last_name="Hargreaves",
        address="Unit 3, 52 Hilton Street, Manchester",
        postcode="M1 2EH",
        bio="Photographer and digital artist working from the Northern "
        "Quarter. Old mills, viaducts and the moors above the city, printed "
        "in small editions on archival paper.",
        website="https://tomhargreaves.example",
    ),
    DemoMember(
        username="priya.lal",
        first_name="Priya",
        last_name="Lal",
        address="Studio 12, The Corn Exchange, Call Lane, Leeds",
        postcode="LS1 7BR",
        bio="Ceramicist and sculptor. Throws stoneware and porcelain, carves "
        "Yorkshire sandstone and casts the odd bronze.",
        website="https://priyalal.example",
    ),
    DemoMember(
        username="callum.reid",
        first_name="Callum",
        last_name="Reid",
        address="5 Blackfriars Street, Edinburgh",
        postcode="EH1 1NB",
        bio="Printmaker: linocut, etching and screenprint, all pulled by hand "
        "on an Albion press in the Old Town. Paints watercolours in the "
        "Pentlands when the weather allows.",
        website="https://callumreid.example",
    ),
    DemoMember(
        username="megan.pryce",
        first_name="Megan",
        last_name="Pryce",
        address="Unit 7, Jacob's Market, West Canal Wharf, Cardiff",
        postcode="CF10 5DB",
        bio="Weaves, dyes and stitches: wall hangings, quilts from reclaimed "
        "cloth and mixed-media pieces built on Welsh slate.",
    ),
)

COLLECTORS = (
    DemoMember(
        username="eleanor.whitfield",
        first_name="Eleanor",
        last_name="Whitfield",
        address="27 Colebrooke Row, London",
        postcode="N1 8AP",
    ),
    DemoMember(
        username="james.achebe",
        first_name="James",
        last_name="Achebe",
        address="Flat 6, 14 Brindley Place, Birmingham",
        postcode="B1 2JB",
    ),
    DemoMember(
        username="sophie.marchetti",
        first_name="Sophie",
        last_name="Marchetti",
        address="9 Great George Street, Bristol",
        postcode="BS1 5RR",
    ),
)

ARTWORKS = (
    DemoArtwork(
        artist="amara.okafor",
        title="Brick Lane at First Light",
        description="The street before the crowds: shutters half up, wet "
        "cobbles and the first bagel queue, in warm oils over a cold ground.",
        year=2023,
        price="1450.00",
        medium="painting",
        material="oil on linen",
        size=("60", "3", "80"),
        weight_kg="2.8",
        images=("cld-sample-2.jpg", "sample.jpg"),
    ),
    DemoArtwork(
        artist="amara.okafor",
        title="Columbia Road, Sunday",
        description="Flower sellers calling their last prices at two o'clock.",
        year=2022,
        price="980.00",
        medium="painting",
        material="oil on canvas",
        size=("50", "3", "60"),
        weight_kg="2.1",
        images=("cld-sample-5.jpg",),
    ),
    DemoArtwork(
        artist="amara.okafor",
        title="Spitalfields Rain",
        description="A small, quick study of umbrellas under the market roof.",
        year=2024,
        price="640.00",
        medium="painting",
        material="oil on board",
        size=("30", "2", "40"),
        weight_kg="1.2",
        images=("cld-sample-3.jpg", "samples/landscapes/beach-boat.jpg"),
    ),
    DemoArtwork(
        artist="amara.okafor",
        title="Market Porter",
        description="A portrait of a Smithfield porter at the end of his "
        "night shift, painted over three sittings.",
        year=2021,
        price="2200.00",
        medium="painting",
        material="acrylic on canvas",
        size=("76", "4", "102"),
        weight_kg="3.9",
        images=("cld-sample.jpg", "cld-sample-4.jpg", "sample.jpg"),
    ),
    DemoArtwork(
        artist="amara.okafor",
        title="Thames Foreshore Finds",
        description="Clay pipe stems, oyster shells and a Georgian button "
        "from the foreshore at Wapping, set into an ink and oil ground.",
        year=2023,
        price="760.00",
        medium="mixed_media",
        material="found objects, ink and oil on panel",
        size=("40", "5", "40"),
        weight_kg="2.4",
        images=("samples/food/spices.jpg",),
    ),
    DemoArtwork(
        artist="amara.okafor",
        title="Night Bus Window",
        description="The 25 to Ilford, seen from the top deck. Framed.",
        year=2025,
        price="340.00",
        medium="painting",
        material="gouache on paper",
        size=("32", "3", "42"),
        weight_kg="1.4",
        images=("cld-sample-2.jpg",),
    ),
    DemoArtwork(
        artist="tom.hargreaves",
        title="Ancoats Mill, Blue Hour",
        description="Cotton mills turned flats, photographed from the canal "
        "towpath twenty minutes after sunset. Edition of 20, signed.",
        year=2022,
        price="180.00",
        medium="photography",
        material="archival pigment print",
        size=("50", "0.2", "40"),
        weight_kg="0.3",
        images=("samples/landscapes/nature-mountains.jpg", "cld-sample-3.jpg"),
        quantity=20,
    ),
    DemoArtwork(
        artist="tom.hargreaves",
        title="Piccadilly Platform 13",
        description="The platform everyone has waited on, empty at 5 am. "
        "Edition of 10, signed and numbered.",
        year=2023,
        price="220.00",
        medium="photography",
        material="giclee print on baryta paper",
        size=("60", "0.2", "40"),
        weight_kg="0.3",
        images=("cld-sample-4.jpg",),
        quantity=10,
    ),
    DemoArtwork(
        artist="tom.hargreaves",
        title="Castlefield Viaduct in Fog",
        description="A single large print of the viaduct lost in November "
        "fog, framed in ash. The only print made at this size.",
        year=2021,
        price="650.00",
        medium="photography",
        material="silver gelatin print, ash frame",
        size=("80", "3", "60"),
        weight_kg="3.0",
        images=("samples/landscapes/nature-mountains.jpg",),
    ),
    DemoArtwork(
        artist="tom.hargreaves",
        title="Northern Quarter Signs",
        description="A collage of painted shop signs from Oldham Street, "
        "rebuilt digitally and printed flat. Open edition of 25.",
        year=2024,
        price="75.00",
        medium="digital_art",
        material="giclee print of a digital collage",
        size=("42", "0.1", "59.4"),
        weight_kg="0.25",
        images=("cld-sample-5.jpg", "sample.jpg"),
        quantity=25,
    ),
    DemoArtwork(
        artist="tom.hargreaves",
        title="Rainfall Algorithm",
        description="A year of Manchester rain, an hour to a line, drawn by "
        "a program Tom wrote. Edition of 15.",
        year=2025,
        price="120.00",
        medium="digital_art",
        material="pigment print on cotton rag",
        size=("50", "0.2", "50"),
        weight_kg="0.3",
        images=("cld-sample.jpg",),
        quantity=15,
    ),
    DemoArtwork(
        artist="tom.hargreaves",
        title="Moors Above Saddleworth",
        description="Heather, a drystone wall and a sky that is about to "
        "change its mind. Framed.",
        year=2020,
        price="890.00",
        medium="photography",
        material="pigment print, oak frame",
        size=("100", "3", "70"),
        weight_kg="4.2",
        images=("samples/landscapes/nature-mountains.jpg", "cld-sample-2.jpg"),
    ),
    DemoArtwork(
        artist="priya.lal",
        title="Moon Jar, Ash Glaze",
        description="A large thrown moon jar in two halves, joined at the "
        "belly, under a wood-ash glaze that pooled on one side in the kiln.",
        year=2023,
        price="1200.00",
        medium="ceramics",
        material="stoneware, wood-ash glaze",
        size=("32", "32", "34"),
        weight_kg="4.1",
        images=("cld-sample-4.jpg", "sample.jpg"),
    ),
    DemoArtwork(
        artist="priya.lal",
        title="Four Tea Bowls",
        description="A set of four porcelain tea bowls in a pale celadon. "
        "Food safe; hand wash.",
        year=2024,
        price="240.00",
        medium="ceramics",
        material="porcelain, celadon glaze",
        size=("24", "24", "10"),
        weight_kg="1.6",
        images=("samples/food/spices.jpg", "cld-sample-3.jpg"),
    ),
    DemoArtwork(
        artist="priya.lal",
        title="Tidal Vessel",
        description="Raku-fired, with crackle lines like a beach at low tide.",
        year=2022,
        price="540.00",
        medium="ceramics",
        material="raku-fired earthenware",
        size=("22", "22", "40"),
        weight_kg="2.3",
        images=("samples/landscapes/beach-boat.jpg",),
    ),
    DemoArtwork(
        artist="priya.lal",
        title="Standing Figure III",
        description="The third of four small standing figures, cast at a "
        "foundry in Sheffield and mounted on an oak block.",
        year=2021,
        price="3400.00",
        medium="sculpture",
        material="bronze on an oak base",
        size=("18", "18", "55"),
        weight_kg="7.5",
        images=("cld-sample.jpg", "cld-sample-5.jpg"),
    ),
    DemoArtwork(
        artist="priya.lal",
        title="Aire Stones",
        description="Three carved sandstone forms after the river stones of "
        "the Aire at Kirkstall. Sold as one piece.",
        year=2023,
        price="1650.00",
        medium="sculpture",
        material="carved Yorkshire sandstone",
        size=("30", "22", "20"),
        weight_kg="11.0",
        images=("samples/landscapes/nature-mountains.jpg",),
    ),
    DemoArtwork(
        artist="priya.lal",
        title="Folded Steel Bird",
        description="A heron folded from a single sheet of weathering steel; "
        "fine outdoors, where it will rust to a deep brown.",
        year=2019,
        price="980.00",
        medium="sculpture",
        material="weathering steel",
        size=("45", "20", "38"),
        weight_kg="6.2",
        images=("cld-sample-2.jpg",),
    ),
    DemoArtwork(
        artist="callum.reid",
        title="Arthur's Seat from Salisbury Crags",
        description="A four-colour linocut of the hill in late summer. "
        "Edition of 25, signed and numbered.",
        year=2022,
        price="145.00",
        medium="printmaking",
        material="linocut on Somerset paper",
        size=("40", "0.1", "50"),
        weight_kg="0.3",
        images=("samples/landscapes/nature-mountains.jpg", "cld-sample-3.jpg"),
        quantity=12,
    ),
    DemoArtwork(
        artist="callum.reid",
        title="Leith Shore, Low Tide",
        description="Boats aground at the Shore, etched and aquatinted on "
        "copper. Edition of 15.",
        year=2023,
        price="195.00",
        medium="printmaking",
        material="etching and aquatint",
        size=("30", "0.1", "40"),
        weight_kg="0.2",
        images=("samples/landscapes/beach-boat.jpg",),
        quantity=15,
    ),
    DemoArtwork(
        artist="callum.reid",
        title="Old Town Closes",
        description="The artist's proof of a sold-out woodcut of the closes "
        "off the Royal Mile. Framed.",
        year=2021,
        price="420.00",
        medium="printmaking",
        material="woodcut, framed",
        size=("50", "3", "65"),
        weight_kg="2.0",
        images=("cld-sample-4.jpg", "sample.jpg"),
    ),
    DemoArtwork(
        artist="callum.reid",
        title="Herring Gulls",
        description="Three gulls arguing over a chip, screenprinted in five "
        "colours. Small edition of 5.",
        year=2024,
        price="260.00",
        medium="printmaking",
        material="screenprint on Fabriano paper",
        size=("50", "0.1", "70"),
        weight_kg="0.3",
        images=("samples/animals/cat.jpg", "cld-sample.jpg"),
        quantity=5,
    ),
    DemoArtwork(
        artist="callum.reid",
        title="Forth Bridge, Monoprint",
        description="A unique monoprint of the bridge in red and grey.",
        year=2025,
        price="310.00",
        medium="printmaking",
        material="monoprint on Japanese paper",
        size=("42", "0.1", "30"),
        weight_kg="0.1",
        images=("cld-sample-5.jpg",),
    ),
    DemoArtwork(
        artist="callum.reid",
        title="Pentland Hills in Snow",
        description="A watercolour made on the spot at Flotterstone on a "
        "bright January morning. Framed.",
        year=2020,
        price="380.00",
        medium="painting",
        material="watercolour on paper",
        size=("38", "3", "30"),
        weight_kg="1.1",
        images=("samples/landscapes/nature-mountains.jpg",),
    ),
    DemoArtwork(
        artist="megan.pryce",
        title="Bay Tides",
        description="A wall hanging in the greys and greens of Cardiff Bay, "
        "woven on a floor loom from Welsh wool and linen.",
        year=2023,
        price="1100.00",
        medium="textile",
        material="hand-woven wool and linen",
        size=("90", "1.5", "140"),
        weight_kg="2.6",
        images=("samples/landscapes/beach-boat.jpg", "cld-sample-2.jpg"),
    ),
    DemoArtwork(
        artist="megan.pryce",
        title="Valleys Quilt",
        description="A double-bed quilt pieced from reclaimed work shirts "
        "from the Rhondda, hand quilted in a colliery-wheel pattern.",
        year=2022,
        price="1350.00",
        medium="textile",
        material="reclaimed cotton patchwork",
        size=("150", "1", "200"),
        weight_kg="1.9",
        images=("cld-sample-3.jpg", "sample.jpg", "cld-sample-5.jpg"),
    ),
    DemoArtwork(
        artist="megan.pryce",
        title="Indigo Study No. 7",
        description="Shibori-dyed linen, folded and clamped, stretched over "
        "a light ash frame.",
        year=2024,
        price="290.00",
        medium="textile",
        material="indigo-dyed linen",
        size=("60", "2", "90"),
        weight_kg="0.9",
        images=("cld-sample.jpg",),
    ),
    DemoArtwork(
        artist="megan.pryce",
        title="Slate and Thread",
        description="Welsh roofing slate drilled and stitched with copper "
        "wire to an embroidered linen panel.",
        year=2021,
        price="540.00",
        medium="mixed_media",
        material="slate, copper wire and linen",
        size=("30", "4", "30"),
        weight_kg="3.2",
        images=("samples/food/spices.jpg", "cld-sample-4.jpg"),
    ),
    DemoArtwork(
        artist="megan.pryce",
        title="Harbour Lights",
        description="Collage, wax and stitched paper on board: the lights "
        "of the barrage seen from Penarth on a winter evening.",
        year=2025,
        price="475.00",
        medium="mixed_media",
        material="collage, wax and thread on board",
        size=("40", "3", "50"),
        weight_kg="1.3",
        images=("samples/landscapes/beach-boat.jpg",),
    ),
    DemoArtwork(
        artist="megan.pryce",
        title="Roath Park Sampler",
        description="A sampler of the plants around Roath Park lake, in silk "
        "thread on cotton, in an oak frame.",
        year=2019,
        price="195.00",
        medium="textile",
        material="silk embroidery on cotton",
        size=("25", "3", "30"),
        weight_kg="0.8",
        images=("cld-sample-2.jpg", "samples/animals/cat.jpg"),
    ),
)

# Which artworks each collector keeps in their gallery.
GALLERIES = {
    "eleanor.whitfield": (
        "Moon Jar, Ash Glaze",
        "Leith Shore, Low Tide",
        "Bay Tides",
        "Standing Figure III",
    ),
    "james.achebe": (
        "Ancoats Mill, Blue Hour",
        "Brick Lane at First Light",
        "Herring Gulls",
    ),
    "sophie.marchetti": (
        "Indigo Study No. 7",
        "Arthur's Seat from Salisbury Crags",
        "Castlefield Viaduct in Fog",
        "Tidal Vessel",
    ),
}

# The moves each order makes after it is created, by the status it ends in.
JOURNEYS = {
    "pending": (),
    "accepted": ("accept",),
    "ready to ship": ("accept", "pay"),
    "shipped": ("accept", "pay", "ship"),
    "completed": ("accept", "pay", "ship", "complete"),
    "rejected": ("reject",),
    "withdrawn": ("accept", "cancel"),
}

# Made in this order. Paying for a single piece sells it out, which cancels
# its other open orders: Sophie's pending order for the Castlefield print
# ends up cancelled as sold out when Eleanor buys it.
ORDERS = (
    DemoOrder("sophie.marchetti", "Castlefield Viaduct in Fog", "pending"),
    DemoOrder("sophie.marchetti", "Spitalfields Rain", "pending"),
    DemoOrder("james.achebe", "Folded Steel Bird", "pending"),
    DemoOrder("eleanor.whitfield", "Harbour Lights", "pending"),
    DemoOrder("eleanor.whitfield", "Moon Jar, Ash Glaze", "accepted"),
    DemoOrder("james.achebe", "Northern Quarter Signs", "accepted"),
    DemoOrder("sophie.marchetti", "Indigo Study No. 7", "ready to ship"),
    DemoOrder("james.achebe", "Herring Gulls", "ready to ship"),
    DemoOrder("eleanor.whitfield", "Leith Shore, Low Tide", "shipped"),
    DemoOrder("sophie.marchetti", "Tidal Vessel", "shipped"),
    DemoOrder("eleanor.whitfield", "Castlefield Viaduct in Fog", "completed"),
    DemoOrder("james.achebe", "Ancoats Mill, Blue Hour", "completed"),
    DemoOrder("sophie.marchetti", "Arthur's Seat from Salisbury Crags", "completed"),
    DemoOrder("james.achebe", "Market Porter", "rejected"),
    DemoOrder("eleanor.whitfield", "Valleys Quilt", "withdrawn"),
)
