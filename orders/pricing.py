"""The price of an order: the web client's shipping quote, reproduced in Decimal.

The client shows the buyer a total before they order and sends it back as
`final_price`; the server computes the same quote and keeps its own figure.
Base shipping is (5 + 2 x weight kg + 0.001 x width x depth x height cm),
raised by 20% for each postal zone between the artist and the collector;
insurance is 1% of the artwork's price; the total is rounded to pennies
once, at the end.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from artworks.models import Artwork
from members.models import Member

PENNY = Decimal("0.01")
FARTHEST_ZONE = 4
ZONE_AREAS = {
    # London
    1: "EC WC N E SE SW W NW",
    # South East, East of England, West and East Midlands
    2: "AL CB CM CO EN HP IG LU RM SG SS BR CR DA KT ME RH SM TN TW "
    "B CV DY HR ST TF WR WS WV DE DN LE LN NG NN PE",
    # South West, Yorkshire, North West, North East, Wales
    3: "BA BH BS DT EX GL PL PO SN SP TA TQ TR BD HD HG HU HX LS S WF YO "
    "BB BL CA CH CW FY L LA M OL PR SK WA WN DH DL NE SR TS CF LD LL NP SA SY",
    # Scotland, Northern Ireland, Channel Islands, Isle of Man
    4: "AB DD DG EH FK G HS IV KA KW KY ML PA PH TD ZE BT GY IM JE",
}
ZONE_BY_AREA = {
    area: zone for zone, areas in ZONE_AREAS.items() for area in areas.split()
}


@dataclass(frozen=True)
class Quote:
    artwork_price: Decimal
    shipping_cost: Decimal
    insurance: Decimal
    total: Decimal


def postcode_zone(postcode: str) -> int:
    """Return the zone of the postcode's first two letters, else its first."""
    compact = postcode.strip().upper()
    for prefix in (compact[:2], compact[:1]):
        if prefix in ZONE_BY_AREA:
            return ZONE_BY_AREA[prefix]
    return FARTHEST_ZONE


def quote_compute(
    *,
    price: Decimal,
    weight: Decimal,
    width: Decimal,
    depth: Decimal,
    height: Decimal,
    artist_postcode: str,
    collector_postcode: str,
) -> Quote:
    """Compute the quote for sending an artwork from an artist to a collector.

    The insurance is rounded on its own and shipping is what remains of the
    rounded total, so the three parts always add up to the total exactly.
    """
    zones_apart = abs(
        postcode_zone(artist_postcode) - postcode_zone(collector_postcode)
    )
    volume = width * depth * height
    base = (5 + 2 * weight + Decimal("0.001") * volume) * (
        1 + Decimal("0.2") * zones_apart
    )
    insurance = price * Decimal("0.01")

    total = (price + base + insurance).quantize(PENNY, rounding=ROUND_HALF_UP)
    insurance = insurance.quantize(PENNY, rounding=ROUND_HALF_UP)
    return Quote(
        artwork_price=price,
        shipping_cost=total - price - insurance,
        insurance=insurance,
        total=total,
    )


def quote_for(*, artwork: Artwork, buyer: Member) -> Quote:
    """Quote an artwork, sent from its artist's postcode to the buyer's."""
    return quote_compute(
        price=artwork.price,
        weight=artwork.weight,
        width=artwork.width,
        depth=artwork.depth,
        height=artwork.height,
        artist_postcode=artwork.artist.postcode,
        collector_postcode=buyer.postcode,
    )


def price_matches(final_price: Decimal, quote: Quote) -> bool:
    """Tell whether the client's total is the server's within one penny.

    The client computes in floats and may send 108.21000000000001 for
    108.21, so its figure is rounded to pennies before the comparison.
    """
    client_total = final_price.quantize(PENNY, rounding=ROUND_HALF_UP)
    return abs(client_total - quote.total) <= PENNY
