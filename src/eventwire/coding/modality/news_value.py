"""News value: clauses worth no event at all (withheld details, opinion polls,
characterisations, links to other stories, figures of speech) and claims told as claims."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..syntax import (
    children_by_dep,
    is_content_clause,
    lemma_of,
)
from .clauses import REL_WORDS

# Opinion polls and surveys: what they find is an opinion measured, not an act.
POLL_NOUNS = {"poll", "survey", "polls", "surveys", "census"}


def measured_opinion(tok: Token) -> bool:
    """The sentence reports what an opinion poll or survey found ("most Chileans oppose
    the deal, a survey showed", "according to a poll"), and the token is not part of the
    poll's own description: an opinion measured is no act."""
    for t in tok.sent:
        if lemma_of(t) not in POLL_NOUNS and t.lower_ not in POLL_NOUNS:
            continue
        according = t.dep_ == "pobj" and t.head.lower_ == "to" and any(
            w.lower_ == "according" for w in (t.head.head, t.head.nbor(-1)) if w.i >= 0)
        if (t.dep_ in {"nsubj", "appos", "npadvmod"} or according) and (
                tok.i not in {w.i for w in t.subtree}):
            return True
    return False


# Ordinal and exclusive words that make "the first leader to visit" a description.
RANKING_WORDS = {"first", "last", "only", "second", "third", "latest", "fourth", "fifth"}


def characterises(tok: Token) -> bool:
    """An infinitive that describes a noun by rank ("the first Andean president to tour
    Portugal", "the only minister to attend", also when the parser hangs it on the copula:
    "when she becomes the first envoy to visit Quito"): it says who someone is, not a new
    act."""
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        return characterises(tok.head)  # "the first envoy to attend and address the forum"
    if tok.dep_ not in {"acl", "relcl", "xcomp"} or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    nouns = [tok.head] if tok.dep_ != "xcomp" else (
        [c for c in tok.head.children if c.dep_ == "attr"]
        if lemma_of(tok.head) in {"be", "become", "remain"} else [])
    return any(c.lower_ in RANKING_WORDS for n in nouns for c in n.children
               if c.dep_ in {"amod", "advmod", "det", "nummod"})


# Verbs of being asked, and those who ask for a living: "when asked (by reporters) to ...,
# he said" frames an answer, no request of anyone's.
ASKED_VERBS = {"ask", "question", "press", "quiz"}
PRESS_ASKERS = {"reporter", "reporters", "journalist", "journalists", "interviewer", "host",
                "anchor", "press", "media", "moderator"}


def answer_frame(tok: Token) -> bool:
    """The token is (or is governed by) a passive "asked" that frames what someone answers
    ("When asked on television to name the officials, the president said ...", "Asked by
    reporters to condemn the raid, she declined"): the question is no event. One asked by
    a named side ("when asked by Uganda to ...") is left alone."""
    node = tok
    for _ in range(3):
        if (node.tag_ == "VBN" and node.lemma_.lower() in ASKED_VERBS and node.dep_ == "advcl"
                and not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in node.children)):
            agents = [g for c in node.children if c.dep_ == "agent"
                      for g in c.children if g.dep_ == "pobj"]
            return all(g.lower_ in PRESS_ASKERS for g in agents)
        if node.dep_ not in {"xcomp", "ccomp", "prep", "pcomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def says_nothing(tok: Token, no_news_objects: frozenset[str], negated: bool) -> bool:
    """A negated giving of details or comment ("did not give further details", "gave no
    reason", "provided no figures"), or the question that frames an answer ("when asked
    to name them, he said"): no event."""
    if answer_frame(tok):
        return True
    objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    for o in objs:
        none = any(c.lower_ in {"no", "few"} for c in o.children if c.dep_ == "det")
        if (negated or none) and (o.lemma_.lower() in no_news_objects
                                  or o.lower_ in no_news_objects):
            return True
    return False


def _names_actor(tok: Token, actors) -> bool:
    """The noun itself names an actor: a named entity, or a word for people the actor
    resolver knows ("police", "a teacher"); not a thing an adjective ties to a country
    ("the Australian example", "an Iranian tanker")."""
    actor = actors.actor_for(tok)
    if actor is None:
        return False
    return bool(tok.ent_type_) or tok.pos_ == "PROPN" or (
        actor.kb_id or "").startswith(("role:", "person:"))


# -- whole-article precision checks ------------------------------------------------------

# Words that open a link to another story inside an article's text ("READ MORE: ...",
# "Also read: ..."): the link's title is a headline of other news, not this text's.
LINK_LEADS = (("read", "more"), ("also", "read"), ("see", "also"), ("related",))
_LEAD_FIRST = {lead[0] for lead in LINK_LEADS}


def link_tokens(sent: Span) -> set[int]:
    """Token indices of a link title the sentence carries ("READ MORE: Chad shuts its
    border with Sudan In a statement, ..."): from the lead to the first capitalised word
    that is no name and follows a lower-case word with no punctuation between (where the
    article's own text goes on), else to the end of the sentence."""
    doc = sent.doc  # (the lead may end the sentence before: "READ MORE:" alone)
    span = doc[max(0, sent.start - 3):sent.end]
    if ":" not in span.text:  # every lead is followed by a colon: most sentences end here
        return set()
    toks = [t for t in span if not t.is_space]
    for k in range(len(toks)):
        if toks[k].lower_ not in _LEAD_FIRST:
            continue
        for lead in LINK_LEADS:
            words = toks[k:k + len(lead)]
            if (len(words) == len(lead)
                    and all(w.lower_ == x for w, x in zip(words, lead, strict=True))
                    and k + len(lead) < len(toks) and toks[k + len(lead)].text == ":"
                    and (k == 0 or toks[k - 1].is_punct or words[0].is_upper)):
                start = k + len(lead) + 1
                end = len(toks)
                for j in range(start + 2, len(toks)):
                    w, prev = toks[j], toks[j - 1]
                    if (w.text[:1].isupper() and w.tag_ not in {"NNP", "NNPS"}
                            and prev.text[:1].islower() and not prev.is_punct):
                        end = j
                        break
                return {w.i for w in toks[k:end] if w.i >= sent.start}
    return set()


# Nouns whose content clause is told by someone's claim, not asserted by the text ("reports
# that X coordinated with Y", "evidence that Z used gas", "allegations that ... were behind").
CLAIM_NOUNS = {"report", "claim", "allegation", "accusation", "evidence", "rumour", "rumor",
               "suggestion", "speculation", "assertion", "suspicion", "theory", "proof",
               "indication", "sign"}
# Verbs that, hung on such a noun, pass its content on ("evidence proving that ...").
PROVING_VERBS = {"prove", "show", "suggest", "indicate", "confirm", "link", "tie"}


def claimed(tok: Token) -> bool:
    """The act is the content of a report, claim, allegation or piece of evidence
    ("denied reports that its envoys had met the rebels", "evidence that the militia
    used mortars", "evidence proving that Chad had shelled the camp"): told by the claim,
    not asserted."""
    node = tok
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ in {"acl", "ccomp", "relcl"} and head.pos_ == "NOUN" and (
                lemma_of(head) in CLAIM_NOUNS or head.lower_ in CLAIM_NOUNS):
            return node.dep_ != "relcl" or is_content_clause(node)
        if (node.dep_ == "ccomp" and lemma_of(head) in PROVING_VERBS
                and head.dep_ in {"acl", "relcl"} and head.head.pos_ == "NOUN"
                and lemma_of(head.head) in CLAIM_NOUNS):
            return True  # "evidence proving that ..."
        if node.dep_ not in {"pobj", "prep", "pcomp", "dobj", "conj", "xcomp", "attr",
                             "acomp", "compound"} and not (
                node.dep_ == "advcl" and not children_by_dep(node, {"mark", "nsubj"})):
            return False  # (an advcl with no mark or subject is part of the clause)
        node = head
    return False


# Event nouns used for a contest of words or markets, no force: "a war of words", "a trade
# war", "a legal battle".
FIGURATIVE_HEADS = {"war", "battle", "fight", "offensive", "attack", "assault", "conflict",
                    "clash", "clashes", "warfare", "feud"}
FIGURATIVE_MODIFIERS = {"trade", "price", "currency", "tariff", "culture", "turf", "bidding",
                        "propaganda", "legal", "court", "courtroom", "political", "charm",
                        "verbal", "rhetorical", "diplomatic", "ratings", "media", "budget",
                        "electoral", "custody"}


# Verbs of force and the abstract objects that make them figures of speech ("struck a
# cordial tone", "fought corruption", "killed the bill", "threatens stability").
FORCE_VERBS = {"strike", "hit", "attack", "fight", "battle", "combat", "target", "threaten",
               "kill", "torpedo", "shoot", "bomb"}
FIGURATIVE_OBJECTS = {"tone", "note", "chord", "balance", "pose", "corruption", "graft",
                      "poverty", "inflation", "unemployment", "disease", "epidemic",
                      "pandemic", "drought", "hunger", "bill", "idea", "proposal", "rhetoric",
                      "stability", "record", "nerve"}


def figurative(tok: Token) -> bool:
    """An event noun of force that names a contest of words, laws or markets ("stepped up
    its war of words with Lima", "a trade war with Beijing", "a legal battle over the
    ship"), or a verb of force whose object is no one but a figure ("struck a cordial tone
    in Beijing", "vowed to fight corruption", "the group threatens stability"): no use of
    force."""
    if tok.pos_ in {"VERB", "AUX"} and lemma_of(tok) in FORCE_VERBS:
        objs = [c for c in tok.children if c.dep_ == "dobj"] + [
            g for p in tok.children if p.dep_ == "prep" and p.lower_ == "against"
            for g in p.children if g.dep_ == "pobj"]
        return bool(objs) and all(lemma_of(o) in FIGURATIVE_OBJECTS for o in objs)
    if tok.pos_ != "NOUN" or lemma_of(tok) not in FIGURATIVE_HEADS:
        return False
    if any(g.lower_ in {"words", "nerves", "attrition"} for p in tok.children
           if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"):
        return True
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in FIGURATIVE_MODIFIERS
               for c in tok.children)


# Verbs of an ongoing war that, as a participle on an actor, say which side it is on.
ONGOING_FIGHT_VERBS = {"fight", "battle", "combat", "wage"}


def describes_actor(tok: Token, is_actor) -> bool:
    """A present simple relative clause on an actor says what the actor is or does as a
    rule ("Ukraine, which shares border data with Moldova", "the group, which controls
    the port"), and so does a participle on an actor named as an object ("helps train
    forces fighting the rebels"): a description, not news of the day."""
    if (tok.dep_ == "acl" and tok.tag_ == "VBG" and lemma_of(tok) in ONGOING_FIGHT_VERBS
            and tok.head.dep_ in {"dobj", "pobj", "conj", "appos"} and not any(
                c.dep_ in {"npadvmod", "prep"} and any(w.ent_type_ in {"DATE", "TIME"}
                                                        for w in c.subtree)
                for c in tok.children)):
        # "trains Afghan forces fighting the insurgency", "aid to rebels battling the
        # army": a participle that says what war the actor is in describes it (not so
        # "dispersed crowds protesting the vote": that protest is the news)
        return is_actor(tok.head)
    if (tok.dep_ == "relcl" and tok.tag_ == "VBG" and [
            c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass"}] in (["is"], ["are"])
            and any(c.dep_ == "nsubj" and c.lower_ in REL_WORDS for c in tok.children)
            and not any(w.ent_type_ in {"DATE", "TIME"} for w in tok.subtree)):
        # "states such as Chad and Niger, which are fighting the insurgents": what war the
        # actor is in, a description
        return is_actor(tok.head)
    if (tok.dep_ == "relcl" and tok.tag_ == "VBN" and [
            c.lower_ for c in tok.children if c.dep_ == "aux"] in (["has"], ["have"])
            and any(c.dep_ == "nsubj" and c.lower_ in REL_WORDS for c in tok.children)
            and not any(w.ent_type_ in {"DATE", "TIME"} for w in tok.subtree)):
        # "the senator, who has called for sanctions, said ...", "critics who have each
        # criticised the plan": what the actor has stood for, a description
        return is_actor(tok.head)
    if tok.dep_ != "relcl" or tok.pos_ not in {"VERB", "AUX"} or tok.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in tok.children):
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in REL_WORDS
               for c in tok.children):
        return False
    return is_actor(tok.head)
