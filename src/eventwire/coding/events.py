"""Raw events as the coder emits them, and the sentence-level clean-up of their list:
a protest's purpose demand folded into the protest, and one event per act.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Actor
from .ontology import VIOLENT_ROOTS


@dataclass
class RawEvent:
    source: Actor | None
    target: Actor | None
    code: str
    rule: str
    tokens: list[int]
    polarity: str = "asserted"
    modality: str = "actual"
    confidence: float = 0.8
    mode: str | None = None
    actor_spans: list[tuple[int, int]] = field(default_factory=list)
    # the tokens whose clause dates the event, when not its trigger: a statement is dated
    # by its speech verb ("he has been very nice over the last month, X said on Monday")
    date_tokens: list[int] | None = None


def absorb_purpose_demands(doc, events: list[RawEvent]) -> list[RawEvent]:
    """A demand that is the purpose of a protest ("staged demonstrations to demand political
    reforms", "occupied squares insisting that she return to office") says what the protest is
    for: it is not a second event. The protest takes the demand's target when it has none
    named, and the demand's kind of reform (CAMEO 1041-1044 -> 14x1-14x4)."""
    protests = [e for e in events if e.code[:2] == "14"]
    if not protests:
        return events
    out = []
    for e in events:
        head = doc[e.tokens[0]]
        while head.dep_ in {"advcl", "xcomp", "acl", "conj", "ccomp", "pcomp", "prep"} and (
                head.head.i != head.i):
            head = head.head
            owner = next((p for p in protests if head.i in p.tokens and p is not e), None)
            if owner is not None:
                break
        else:
            owner = None
        if owner is None or e.code[:2] not in {"02", "10"} or not same_side(owner.source,
                                                                            e.source):
            out.append(e)
            continue
        if e.target is not None and (owner.target is None or owner.target.ner == "IMPLIED"):
            owner.target = e.target
        if e.code[:3] == "104" and len(e.code) == 4 and len(owner.code) == 3:
            owner.code += e.code[3]
        owner.rule += "+purpose-demand"
        owner.tokens += [i for i in e.tokens if i not in owner.tokens]
    return out


# Roles of private life: businesses, schools, media, clinics, ordinary people, farmers,
# clergy, unions, green groups (CAMEO sector codes). Talk, help and refusals between them
# alone, or with no one known, are not political events ("the insurer refused to approve
# her surgery", "a professor said the plan would work").
PRIVATE_ROLES = {"BUS", "EDU", "MED", "HLH", "CVL", "REF", "AGR", "REL", "ENV", "LAB"}
# ... up to refusals (12); threats (13: "nurses threatened to strike"), protests (14) and
# force (15-20) are political whoever acts.
PRIVATE_TALK_ROOTS = {f"{r:02d}" for r in range(1, 13)}


def _private(actor: Actor | None) -> bool:
    """No state, body or armed group: no one known, or a known country's private role."""
    if actor is None or not actor.code:
        return True
    return (not actor.code.startswith(("IGO", "NGO")) and actor.code[3:] in PRIVATE_ROLES)


def drop_private_talk(events: list[RawEvent]) -> list[RawEvent]:
    """Leave out verbal and cooperative acts (roots 01-12) with no political side."""
    return [e for e in events if e.code[:2] not in PRIVATE_TALK_ROOTS
            or not (_private(e.source) and _private(e.target))]


def drop_restating_addons(doc, events: list[RawEvent]) -> list[RawEvent]:
    """A participle clause added to an act with no subject and no one of its own to act
    on ("agreed to reopen the border, reversing its stance", "signed the accord, ending
    months of talks") says what the act itself amounts to: no second event, and no target
    made up for it (the state's own country)."""
    out = []
    for e in events:
        tok = doc[e.tokens[0]]
        if (tok.tag_ == "VBG" and tok.dep_ in {"advcl", "conj"} and tok.i > tok.head.i
                and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children)
                and (e.target is None or e.target.ner == "IMPLIED")
                and any(o is not e and tok.head.i in o.tokens and same_side(o.source, e.source)
                        and o.source is not None for o in events)):
            continue
        out.append(e)
    return out


def same_side(a: Actor | None, b: Actor | None) -> bool:
    return a is None or b is None or (a.start, a.code) == (b.start, b.code)


def identity(actor: Actor | None):
    """Who an actor is, for telling events apart: its KB entry ("demonstrators" and "one
    protester" are both Egyptian civilians), else the mention itself."""
    if actor is None:
        return None
    return actor.kb_id or (actor.start, actor.code)


# Violence (ontology.VIOLENT_ROOTS), and acts whose violent add-ons are part of them
# (protests: "the prisoners rioted, setting fire to their cells").
HOST_ROOTS = VIOLENT_ROOTS | {"14"}


def _adds_to(doc, event: RawEvent, host: RawEvent) -> bool:
    """The event's verb tells more of the host's act: a verb joined to the host's verb
    with no subject of its own and sharing its object ("stabbed and wounded two guards"), or
    a participle hung on it ("shelled the town, killing ten")."""
    verb, head = doc[event.tokens[0]], doc[host.tokens[0]]
    if verb.head.i != head.i or verb.i == head.i or verb.pos_ not in {"VERB", "AUX"}:
        return False
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    # two verbs with an object each tell two acts ("detonated a bomb and fired missiles")
    both_objects = all(any(c.dep_ == "dobj" for c in v.children) for v in (verb, head))
    return not own_subject and ((verb.dep_ == "conj" and not both_objects) or (
        verb.dep_ == "advcl" and verb.tag_ == "VBG"
        and not any(c.dep_ in {"mark", "aux"} for c in verb.children)))


def one_act_of_violence(doc, events: list[RawEvent]) -> list[RawEvent]:
    """One event per act of violence: a violent verb that tells more of another violent
    act (or of a protest) by the same side is that act, not a second one ("stabbed and
    wounded a guard", "opened fire on the crowd, killing four"). The host keeps its code
    and takes the added verb's target when it names none; a host re-coded as violence on
    civilians only because it named no target takes the added verb's code too."""
    out = list(events)
    for e in events:
        if e.code[:2] not in VIOLENT_ROOTS:
            continue
        host = next((h for h in out if h is not e and h.code[:2] in HOST_ROOTS
                     and _adds_to(doc, e, h) and same_side(h.source, e.source)), None)
        if host is None:
            continue
        if e.target is not None and (host.target is None or host.target.ner == "IMPLIED"):
            host.target = e.target
            if "+unconventional" in host.rule and host.code[:2] in VIOLENT_ROOTS:
                host.code = e.code
        host.rule += "+" + e.rule
        host.tokens += [i for i in e.tokens if i not in host.tokens]
        out.remove(e)
    return out


def to_the_press(event: RawEvent) -> bool:
    """A statement whose only addressee is the press of its own country, in general ("spoke
    to reporters" in one's capital, "briefed journalists", "addressed the media"): the
    attribution of what is said, not an event between actors (kept: a named outlet, "told
    Le Monde", and another country's press, "spoke to Iranian reporters")."""
    t, s = event.target, event.source
    return (event.code[:2] == "01" and t is not None and t.role == "MED"
            and (t.kb_id or "").startswith("role:")
            and (t.country is None or (s is not None and s.country == t.country)))


# Modalities of acts not told as news of the day (not done, or told as background).
NOT_TOLD_AS_NEWS = {"hypothetical", "background"}


def aimed_by_purpose(doc, events: list[RawEvent]) -> list[RawEvent]:
    """An act that names no target, with a purpose clause of the same root that does
    ("donated $5 million to help rebuild clinics in Haiti", "sent engineers to assist
    flood victims in Malawi"): the purpose says whom the act is for. The act takes the
    purpose's target, and the purpose (not done itself) is no second event."""
    out = list(events)
    for h in events:
        if h.modality not in NOT_TOLD_AS_NEWS or h.target is None or h.target.ner == "IMPLIED":
            continue
        node = doc[h.tokens[0]]
        while node.dep_ in {"advcl", "xcomp", "conj"} and node.head.i != node.i:
            node = node.head
            host = next((e for e in out if e is not h and e.tokens[0] == node.i
                         and e.modality not in NOT_TOLD_AS_NEWS and e.code[:2] == h.code[:2]
                         and (e.target is None or e.target.ner == "IMPLIED")
                         and e.source is not None and same_side(e.source, h.source)), None)
            if host is not None:
                host.target = h.target
                host.rule += "+aim"
                out.remove(h)
                break
    return out


def dedupe(events: list[RawEvent], doc=None) -> list[RawEvent]:
    """No statement to the press alone; one event per act of violence (when the parse is
    given), one per (source, target, root); and an event with no target named (none, or
    one implied by the place) is dropped when the same source has an event of the same
    root with one ("opened fire to disperse demonstrators, killing one": the shooting is
    the killing, told twice)."""
    def named(target: Actor | None) -> bool:
        return target is not None and target.ner != "IMPLIED"

    events = [e for e in events if not to_the_press(e)]
    if doc is not None:
        events = one_act_of_violence(doc, events)
        events = aimed_by_purpose(doc, events)

    aimed = {(identity(e.source), e.code[:2]) for e in events
             if e.source is not None and named(e.target)}
    events = [e for e in events if named(e.target) or e.source is None
              or (identity(e.source), e.code[:2]) not in aimed]
    # several people or bodies of one country acted on by one verb are each a target
    # ("sanctioned Iran's police chief and two judges"): the per-country pass below
    # merges only what two different words tell
    groups: dict[tuple, list[RawEvent]] = {}
    for e in events:
        if e.source is not None and e.target is not None and e.target.country:
            groups.setdefault((identity(e.source), e.target.country, e.code), []).append(e)
    kept_apart = [e for g in groups.values() if len(g) > 1
                  and len({x.tokens[0] for x in g}) == 1
                  and len({x.target.code for x in g}) == len(g)
                  for e in g]
    # one per (source, target, root); then one per (trigger, coded source, coded target,
    # root): the same actors named twice ("the foreign ministers, Lavrov and Gabriel")
    # and one per (source, target country, code): one act told by a verb and a noun
    # ("arrived in Lima for a visit to Peru": the government and the country visited)
    for keyed in (lambda e: (identity(e.source), identity(e.target), e.code[:2]),
                  lambda e: (e.tokens[0], e.source.code, e.target.code, e.code[:2])
                  if e.source is not None and e.target is not None and e.source.code
                  and e.target.code else (id(e),),
                  lambda e: (identity(e.source), e.target.country, e.code)
                  if e.source is not None and e.target is not None and e.target.country
                  else (id(e),)):
        seen: dict[tuple, RawEvent] = {}
        for e in events:
            key = keyed(e)
            if key not in seen or e.confidence > seen[key].confidence:
                seen[key] = e
        events = list(seen.values())
    have = {id(e) for e in events}
    return events + [e for e in kept_apart if id(e) not in have]


def merge_subject_events(doc, events: list[RawEvent], refinable: frozenset[str]
                         ) -> list[RawEvent]:
    """An event noun that is the subject of an event verb of the same root (or that the
    verb describes) is the same act told twice ("Israeli airstrikes on Gaza killed 30
    people"): one event, the verb's, with the noun's more specific code when the verb's is
    generic, and the noun's target when the verb names none coded."""
    out = list(events)
    for noun_event in events:
        verb_events = [e for e in out if e is not noun_event
                       and _tells_the_same(doc, noun_event, e)]
        if not verb_events:
            continue
        for e in verb_events:
            if e.code in refinable and len(noun_event.code) >= len(e.code):
                e.code = noun_event.code
            if noun_event.target is not None and (e.target is None or not e.target.code):
                e.target = noun_event.target
            e.rule += "+" + noun_event.rule
            e.tokens += [i for i in noun_event.tokens if i not in e.tokens]
        out.remove(noun_event)
    return out


def _tells_the_same(doc, noun_event: RawEvent, verb_event: RawEvent) -> bool:
    """The verb event's verb has the noun event's noun as subject, or describes it."""
    noun, verb = doc[noun_event.tokens[0]], doc[verb_event.tokens[0]]
    if verb.i == noun.i or verb_event.code[:2] != noun_event.code[:2]:
        return False
    return ((noun.dep_ in {"nsubj", "nsubjpass"} and verb.i == noun.head.i)
            or (verb.dep_ in {"acl", "relcl"} and verb.head.i == noun.i))
