"""Hand annotations of the articles in tests/dedup/data (see its README.md).

Each annotation is what a careful extractor should produce for that article, built with
the test factory so every span is checked against the text.
"""

from __future__ import annotations

from pathlib import Path

from factory import E, Q, V, build

from factwire.model import Extraction

DATA = Path(__file__).resolve().parents[1] / "dedup" / "data"

IND = E("E1", "country", "India", ["India", "Indian"], actor="IND", country="IND")
JPN = E("E2", "country", "Japan", ["Japan", "Japanese"], actor="JPN", country="JPN")
AUS = E("E3", "country", "Australia", ["Australia", "Australian"], actor="AUS", country="AUS")
CANBERRA = E("E4", "location", "Canberra", country="AUS")
SITHARAMAN = E("E5", "person", "Nirmala Sitharaman", ["Nirmala Sitharaman", "Sitharaman"],
               actor="IND", country="IND", role="Minister of Defence")
PYNE = E("E6", "person", "Christopher Pyne", ["Christopher Pyne", "Pyne"], actor="AUS",
         country="AUS", role="Minister of Defence")
IWAYA = E("E7", "person", "Takeshi Iwaya", ["Takeshi Iwaya", "Iwaya"], actor="JPN",
          country="JPN", role="Minister of Defence")
TOKYO = E("E8", "location", "Tokyo", country="JPN")
RUS = E("E11", "country", "Russia", actor="RUS", country="RUS")
TUR = E("E12", "country", "Turkey", actor="TUR", country="TUR")


def _s400(surface: str) -> E:
    return E("E13", "weapon", surface, [surface], country="RUS", canonical="weapon:s-400",
             category="air defence system")


def _meeting(vid: str, evidence: str, who: list[str], **kw: object) -> V:
    return V(vid, "meeting", evidence, args={"participants": who, "place": ["E4"]},
             cameo="040", context=("military",), **kw)  # type: ignore[arg-type]


def _transfer(vid: str, evidence: str, recipient: str = "E1", **kw: object) -> V:
    args = {"supplier": ["E11"], "recipient": [recipient], "system": ["E13"],
            **kw.pop("extra", {})}  # type: ignore[dict-item]
    return V(vid, "arms_transfer", evidence, args=args, cameo="062",  # type: ignore[arg-type]
             context=("military",), **kw)  # type: ignore[arg-type]


def _canberra() -> dict[str, tuple[list[E], list[V], list[Q]]]:
    return {
        "canberra-1": ([IND, JPN, AUS, CANBERRA], [_meeting(
            "V1", "will meet in Canberra in March", ["E1", "E2", "E3"], time=("2019-03", None),
            modality="future")], []),
        "canberra-2": ([SITHARAMAN, PYNE, IWAYA, CANBERRA, AUS, JPN], [_meeting(
            "V1", "arrived in Canberra on Tuesday for two days of talks", ["E5", "E6", "E7"],
            time=("2019-03-12", "2019-03-13"))],
            [Q("Q1", "We share an interest in open sea lanes", "E6")]),
        "canberra-3": ([IND, JPN, AUS, CANBERRA, SITHARAMAN], [_meeting(
            "V1", "The talks in Canberra between India, Australia and Japan ended on Wednesday",
            ["E1", "E3", "E2"], time=("2019-03-13", "2019-03-13"))], []),
        "canberra-4": ([JPN, AUS, CANBERRA, IWAYA], [
            _meeting("V1", "this week's Canberra meeting", ["E2", "E3"]),
            V("V2", "agreement", "sign off on a plan for joint patrols",
              args={"parties": ["E2", "E3"], "subject": "joint patrols"}, status="agreed")],
            [Q("Q1", "The region needs predictable rules", "E7")]),
        "canberra-5": ([IND, JPN, AUS, CANBERRA], [_meeting(
            "V1", "At their meeting in Canberra on March 11", ["E1", "E2", "E3"],
            time=("2019-03-11", "2019-03-11"))], []),
        "canberra-tokyo": ([AUS, JPN, TOKYO, CANBERRA], [
            V("V1", "meeting", "meet again in Tokyo in May", args={"participants": ["E3", "E2"],
                                                        "place": ["E8"]},
              time=("2019-05", None), modality="future", cameo="040"),
            _meeting("V2", "after last week's talks in Canberra", ["E3", "E2"])], []),
    }


def _s400_reports() -> dict[str, tuple[list[E], list[V], list[Q]]]:
    return {
        "s400-1": ([RUS, IND, _s400("S-400 Triumf")], [_transfer(
            "V1", "signed a deal worth $5.43 billion for five S-400 Triumf air defence systems",
            quantity=5, value=(5.43e9, "USD"), status="ordered", time=("2018-10-05", None),
            extra={"order_time": "2018-10-05"})], []),
        "s400-2": ([RUS, IND, _s400("S-400")], [_transfer(
            "V1", "India will receive the first of the five S-400 systems it ordered",
            quantity=5, status="ordered", extra={"delivery_time": "2020"})], []),
        "s400-3": ([RUS, IND, TUR, _s400("S-400")], [
            _transfer("V1", "India has ordered six S-400 systems from Russia", quantity=6,
                      status="ordered"),
            _transfer("V2", "took delivery of its own S-400 batteries from Russia in July",
                      recipient="E12", status="delivered", time=("2019-07", None),
                      extra={"delivery_time": "2019-07"})], []),
        "s400-4": ([RUS, IND, _s400("S-400")], [_transfer(
            "V1", "Russia has begun delivering S-400 air defence systems to India",
            status="delivered", time=("2021-12", None))], []),
    }


def load() -> dict[str, Extraction]:
    """Every written article with its annotation, keyed by file stem."""
    out: dict[str, Extraction] = {}
    for name, (entities, events, quotes) in {**_canberra(), **_s400_reports()}.items():
        raw = (DATA / f"{name}.txt").read_text(encoding="utf-8")
        header, text = raw.split("\n", 1)
        published = header.removeprefix("published: ").strip()
        out[name] = build(text.strip(), doc_id=name, published=published, entities=entities,
                          events=events, quotes=quotes, url=f"https://example.org/{name}",
                          origin=f"tests/dedup/data/{name}.txt")
    return out
