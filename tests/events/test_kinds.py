"""Each event kind on sentences written for the test: positive, negative, negated, hypothetical.

Expected rows list only the fields that matter for the case; ``None`` for "no event of the kind".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.slow

Row = dict[str, Any]

CASES: list[tuple[str, str, str, Row | None]] = [
    # meetings
    ("meeting+", "meeting",
     "Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in Sochi on Monday.",
     {"participants": ["IND", "RUS"], "time": ("2018-12-10", "2018-12-10"),
      "modality": "asserted", "plover": "CONSULT"}),
    ("meeting-talks", "meeting",
     "French and German foreign ministers held talks with their Ukrainian counterpart in Kiev.",
     {"participants": ["DEU", "FRA", "UKR"]}),
    ("meeting-one-actor", "meeting", "Vladimir Putin met reporters in Moscow on Monday.", None),
    ("meeting-future", "meeting",
     "Narendra Modi will meet Vladimir Putin in Moscow next week.",
     {"participants": ["IND", "RUS"], "modality": "future"}),
    ("meeting-negated", "meeting",
     "Vladimir Putin did not meet Narendra Modi in Moscow.",
     {"participants": ["IND", "RUS"], "modality": "negated"}),
    # visits
    ("visit+", "visit", "Vladimir Putin made a two-day visit to India in October.",
     {"visitor": ["RUS"], "host": ["IND"], "time": ("2018-10", "2018-10")}),
    ("visit-verb", "visit", "Chinese President Xi Jinping visited Pakistan on Tuesday.",
     {"visitor": ["CHN"], "host": ["PAK"], "time": ("2018-12-11", "2018-12-11")}),
    ("visit-none", "visit", "Tourists visited the museum on Tuesday.", None),
    # calls
    ("call+", "call",
     "Donald Trump spoke by phone with Recep Tayyip Erdogan on Wednesday.",
     {"participants": ["TUR", "USA"], "plover": "CONSULT", "time": ("2018-12-12", "2018-12-12")}),
    ("call-none", "call", "Donald Trump spoke with reporters on Wednesday.", None),
    # agreements
    ("agreement-signed", "agreement",
     "India signed an agreement with Russia on defence cooperation on Friday.",
     {"parties": ["IND", "RUS"], "status": "signed", "cameo": "057"}),
    ("agreement-agreed", "agreement",
     "Russia and Turkey agreed to create a demilitarised zone in Idlib.",
     {"parties": ["RUS", "TUR"], "status": "agreed"}),
    ("agreement-none", "agreement", "The agreement is a good one, analysts said.", None),
    # arms transfers
    ("transfer-approved", "arms_transfer",
     "India has approved a plan to buy five S-400 Triumph systems from Russia.",
     {"supplier": ["RUS"], "recipient": ["IND"], "system": ["S-400 Triumf"], "quantity": 5,
      "status": "approved"}),
    ("transfer-sell", "arms_transfer",
     "The United States will sell 24 MH-60R helicopters to India for $2.6 billion.",
     {"supplier": ["USA"], "recipient": ["IND"], "quantity": 24, "modality": "future",
      "value": (2600000000, "USD")}),
    ("transfer-delivered", "arms_transfer",
     "Turkey received the first S-400 batteries from Russia in July.",
     {"supplier": ["RUS"], "recipient": ["TUR"], "status": "delivered"}),
    ("transfer-capability", "arms_transfer",
     "The S-400 can engage six targets at a distance of 400 kilometres.", None),
    ("transfer-hypothetical", "arms_transfer",  # a hypothetical is no event (EVENTS.md 3)
     "Turkey could buy F-35 jets from the United States if the dispute ends.", None),
    ("transfer-habitual", "arms_transfer",
     "India regularly buys Su-30 jets from Russia.", None),
    # joint production
    ("jp+", "joint_production",
     "India and Russia agreed on joint production of Ka-226 helicopters.",
     {"partners": ["IND", "RUS"], "status": "agreed"}),
    ("jp-none", "joint_production", "India produces Ka-226 helicopters.", None),
    # exercises
    ("exercise-joint", "exercise",
     "Indian and Russian troops began a joint exercise in Jodhpur on Monday.",
     {"participants": ["IND", "RUS"], "plover": "COOPERATE"}),
    ("exercise-single", "exercise",
     "The Chinese navy held drills in the South China Sea on Tuesday.",
     {"participants": ["CHN"], "plover": "MOBILIZE"}),
    ("exercise-none", "exercise", "Regular exercise is good for soldiers' health.", None),
    # deployments
    ("deployment+", "deployment",
     "Russia deployed S-400 systems to Syria in 2015.",
     {"deployer": ["RUS"], "plover": "MOBILIZE"}),
    ("deployment-standing", "deployment",
     "About 2,000 US troops are in Syria.",
     {"deployer": ["USA"], "quantity": 2000}),
    ("deployment-none", "deployment", "The troops were tired after the march.", None),
    # sanctions
    ("sanction+", "sanction",
     "The United States imposed sanctions on Russia on Thursday.",
     {"imposer": ["USA"], "target": ["RUS"], "plover": "SANCTION", "modality": "asserted"}),
    ("sanction-hypothetical", "threat",
     "Washington could impose sanctions on Turkey over the purchase.",
     {"source": ["USA"], "target": ["TUR"], "subject": "sanctions", "modality": "asserted"}),
    ("sanction-none", "sanction", "Sanctions are a blunt instrument, experts said.", None),
    # threats
    ("threat+", "threat",
     "The United States threatened Turkey with sanctions over the S-400 deal.",
     {"source": ["USA"], "target": ["TUR"], "subject": "sanctions", "cameo": "1312"}),
    ("threat-force", "threat",
     "North Korea warned South Korea of a military strike.",
     {"source": ["PRK"], "target": ["KOR"], "subject": "military force"}),
    ("threat-none", "threat", "The weather is a threat to the harvest.", None),
]


@pytest.mark.parametrize(("case", "kind", "text", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_kind(events_of: Callable[..., list[Row]], case: str, kind: str, text: str,
              expected: Row | None) -> None:
    found = [e for e in events_of(text) if e["kind"] == kind]
    if expected is None:
        assert found == []
        return
    assert len(found) == 1, found
    got = found[0]
    for field, value in expected.items():
        if field in ("participants", "parties", "partners") or isinstance(value, list):
            if field == "system":
                assert got.get(field) == value, (field, got)
            else:
                assert set(got.get(field) or []) >= set(value), (field, got)
        else:
            assert got.get(field) == value, (field, got)
