"""Titles that introduce people ("Defense Minister", "President") and state organs.

Titles map the many ways news names an office to the canonical role strings of the office-holder
gazetteer, so a role read from the text and a role read from the gazetteer compare equal.
"""

from __future__ import annotations

# Lower-cased title text -> canonical role. Longest titles are tried first.
ROLE_TITLES: dict[str, str] = {
    "defense minister": "Minister of Defence",
    "defence minister": "Minister of Defence",
    "minister of defense": "Minister of Defence",
    "minister of defence": "Minister of Defence",
    "defense secretary": "Minister of Defence",
    "defence secretary": "Minister of Defence",
    "secretary of defense": "Minister of Defence",
    "secretary of war": "Minister of Defence",
    "war secretary": "Minister of Defence",
    "foreign minister": "Minister of Foreign Affairs",
    "minister of foreign affairs": "Minister of Foreign Affairs",
    "foreign affairs minister": "Minister of Foreign Affairs",
    "foreign secretary": "Minister of Foreign Affairs",
    "secretary of state": "Minister of Foreign Affairs",
    "external affairs minister": "Minister of Foreign Affairs",
    "minister of external affairs": "Minister of Foreign Affairs",
    "prime minister": "Prime Minister",
    "premier": "Prime Minister",
    "pm": "Prime Minister",  # "The PM met ..." (readouts and Indian and British press)
    "eam": "Minister of Foreign Affairs",  # India's External Affairs Minister ("EAM Jaishankar")
    "president": "President",
    "vice president": "Vice President",
    "vice-president": "Vice President",
    "head of state": "President",
    "chancellor": "Chancellor",
    "king": "King",
    "queen": "Queen",
    "crown prince": "Crown Prince",
    "emir": "Emir",
    "supreme leader": "Supreme Leader",
    "ambassador": "Ambassador",
    "envoy": "Envoy",
    "special envoy": "Envoy",
    "secretary-general": "Secretary-General",
    "secretary general": "Secretary-General",
    "national security adviser": "National Security Adviser",
    "national security advisor": "National Security Adviser",
    "interior minister": "Minister of the Interior",
    "finance minister": "Minister of Finance",
    "spokesman": "Spokesperson",
    "spokeswoman": "Spokesperson",
    "spokesperson": "Spokesperson",
    "chief of staff": "Chief of Staff",
    "army chief": "Chief of Army Staff",
    "general": "General",
    "gen.": "General",
    "admiral": "Admiral",
    "adm.": "Admiral",
    "senator": "Senator",
    "sen.": "Senator",
    "minister": "Minister",
    "lieutenant general": "General",
    "major general": "General",
    "brigadier general": "General",
    "colonel": "Colonel",
    "commander": "Commander",
    "military commander": "Commander",
    "army commander": "Commander",
    "intelligence chief": "Intelligence Chief",
    "spy chief": "Intelligence Chief",
    "diplomat": "Diplomat",
    "negotiator": "Negotiator",
    "official": "Official",
    "lawmaker": "Legislator",
    "legislator": "Legislator",
    "mp": "Legislator",
    "opposition leader": "Opposition Leader",
}

MAX_TITLE_WORDS = max(len(t.split()) for t in ROLE_TITLES)

# Lower-cased organ words -> canonical organ name. The organ acts for its state.
ORGANS: dict[str, str] = {
    "defense ministry": "Ministry of Defence",
    "defence ministry": "Ministry of Defence",
    "ministry of defense": "Ministry of Defence",
    "ministry of defence": "Ministry of Defence",
    "defense department": "Ministry of Defence",
    "department of defense": "Ministry of Defence",
    "foreign ministry": "Ministry of Foreign Affairs",
    "ministry of foreign affairs": "Ministry of Foreign Affairs",
    "foreign office": "Ministry of Foreign Affairs",
    "state department": "Ministry of Foreign Affairs",
    "external affairs ministry": "Ministry of Foreign Affairs",
    "ministry of internal affairs": "Ministry of Internal Affairs",
    "interior ministry": "Ministry of Internal Affairs",
    "ministry of interior": "Ministry of Internal Affairs",
    "ministry of the interior": "Ministry of Internal Affairs",
    "general staff": "General Staff",
    "national guard": "National Guard",
    "ministry of external affairs": "Ministry of Foreign Affairs",
    "air force": "Air Force",
    "navy": "Navy",
    "army": "Army",
    "armed forces": "Armed Forces",
    "military": "Armed Forces",
    "forces": "Armed Forces",
    "troops": "Armed Forces",
    "coast guard": "Coast Guard",
    "marines": "Marines",
    "government": "Government",
    "parliament": "Parliament",
    "embassy": "Embassy",
    "congress": "Congress",
    "senate": "Congress",
    "cabinet": "Government",
    "police": "Police",
}

MAX_ORGAN_WORDS = max(len(t.split()) for t in ORGANS)


def organ_key(iso: str, organ: str) -> str:
    """The entity key of a state's organ ("organ:JPN:Navy")."""
    return f"organ:{iso}:{organ}"


def organ_of(key: str) -> str | None:
    """The canonical organ an entity key names ("Navy" for "organ:JPN:Navy"), else None."""
    return key.rsplit(":", 1)[-1] if key.startswith("organ:") else None

# Organs that are armed forces: what they send, they send as a force ("the navy sent two
# destroyers") and keep, not as goods for another state.
ARMED_ORGANS = frozenset({"Air Force", "Navy", "Army", "Armed Forces", "Coast Guard", "Marines",
                          "National Guard"})

PRONOUNS_PERSON = frozenset({"he", "she", "him", "his", "her"})

# Inflected speech verbs that mark a speaker next to them ("X said", "said a spokesman").
SPEECH_WORDS = frozenset({"said", "says", "told", "added", "stated", "noted", "warned",
                          "insisted"})

# Words that can precede a name inside a named-entity span ("Rear Adm. Todd Whalen").
HONORIFICS = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "general", "lt",
    "lt.", "col", "col.", "maj", "maj.", "adm", "adm.", "admiral", "rear", "vice", "cmdr",
    "cmdr.", "commander", "capt", "capt.", "captain", "sgt", "sgt.", "sir", "president",
    "prime", "minister", "secretary", "senator", "sen", "sen.", "rep", "rep.", "king", "queen",
    "prince", "crown", "sheikh", "lord", "lady", "chancellor", "ambassador", "gov", "gov.",
    "governor", "pm", "eam", "premier", "emir", "ayatollah", "pope", "chief", "lieutenant",
    "colonel", "major", "sergeant", "brig", "brig.", "brigadier", "air", "marshal", "field", "navy",
    "army", "u.s.", "us", "foreign", "defense", "defence",
})

# Titles written short before a name ("Capt. David Bretz", "the Hon. Anthony Albanese"): the
# full stop is the abbreviation's, so no sentence ends there. The honorifics above with their
# stop (not "U.S.", which may end a sentence), and ranks and styles they lack.
ABBREVIATED_TITLES = frozenset({h for h in HONORIFICS if h.endswith(".") and h != "u.s."} | {
    "cdr.", "cpt.", "cpl.", "pvt.", "spc.", "ens.", "amb.", "hon.", "rev.", "prof.", "pres.",
    "sec.", "lt.-gen.", "maj.-gen.", "lt.-col.", "brig.-gen.",
})
