"""The verb-pattern lexicon: data files of patterns, each with an id, a CAMEO code
and an example sentence, indexed by the lemma that triggers them.

A pattern matches a verb (or an event noun) by lemma -- or by any lemma of a list or of a
verb class named "@class" in classes.yaml ("suspend, halt, freeze ... aid") -- optionally
requiring a particle ("crack down"), an object noun or word class ("hold talks", "suspended
@economic_aid"), a subject class ("@workers" strike, jets do not), and naming the
preposition that introduces the target ("criticize X" vs "protest against X"), and a
purpose the act must state ("sent police to Haiti on a security mission").
Control verbs ("threaten to", "agree to", "refuse to") are a separate table
that re-codes the embedded event and sets its modality.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..data_files import data_path
from ..errors import (
    DataError,
    LexiconBadCode,
    LexiconBadValue,
    LexiconDuplicateId,
    LexiconExampleFails,
    LexiconUnknownClass,
    LexiconUnknownKey,
)
from .ontology import load_ontology

# libyaml's loader reads the lexicon 5-10x faster than the pure-Python one (same result);
# a PyYAML built without libyaml falls back to the pure-Python SafeLoader.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(text: str):
    return yaml.load(text, Loader=_YAML_LOADER)


TARGET_PREPS_NOUN = ("against", "on", "with", "to", "between", "toward", "towards", "for", "in")


@dataclass(frozen=True)
class Pattern:
    id: str
    code: str
    lemma: str
    example: str
    pos: str = "verb"  # verb | noun
    prt: str | None = None
    obj: tuple[str, ...] = ()
    prep: str | None = None
    symmetric: bool = False
    mode: str | None = None
    passive_only: bool = False
    prep_required: bool = False  # without its preposition the pattern does not fire
    needs_target: bool = False  # an event only when a target actor is found
    mods: tuple[str, ...] = ()  # a noun pattern's required modifier ("hunger" strike)
    # word classes named in `obj` ("@weapons"): their words are in `obj` too, and an object
    # whose compound or adjective is in the class matches as well ("air-defence systems")
    obj_classes: tuple[str, ...] = ()
    # the pattern does not fire when the direct object is one of these ("received the
    # minister" is a meeting, "received weapons" is not)
    unless_obj: tuple[str, ...] = ()
    # the source is the target phrase's actor and the target the subject: "received aid
    # from Japan" is Japan's aid to the subject
    reverse: bool = False
    # further lemmas that trigger the same pattern: a YAML `lemma` may be a list of verbs
    # or name a verb class ("@stop_verbs"), so one pattern covers the verbs that share it
    more_lemmas: tuple[str, ...] = ()
    # the pattern fires only when the subject (of the trigger, or of the verb it is the
    # complement of: "threatened to strike") is one of these words or a word of them is
    # its compound or adjective ("subj: ['@workers']": unions strike, jets do not)
    subj: tuple[str, ...] = ()
    # the pattern fires only when the act states one of these purposes: a prepositional
    # phrase naming it ("on a security mission", "as part of a peacekeeping force") or a
    # purpose clause of its verb ("to help", "to train"): "sent police to Haiti on a
    # mission" is protection given (074), "sent troops to the border" a show of force
    purpose: tuple[str, ...] = ()
    # an act one side does on its own (drills, a test launch): with no target in its own
    # phrase it is coded with none, not aimed at another country the sentence names
    solo: bool = False
    # the code when the trigger's object is a finite content clause that codes no event of
    # its own: "agreed that the talks had been useful" is accord expressed (019), not an
    # intent to cooperate (030)
    clause_code: str | None = None
    # the code when sides of two or more countries do it together with no one else named:
    # "French and Egyptian warships began war games" is military cooperation (062)
    joint_code: str | None = None
    # only a verb with a clause of its own, not a participle that spells out another act:
    # "gave Chad 48 hours to leave" is an ultimatum; "expelled the envoy, giving him 48
    # hours to leave" is the expulsion
    finite: bool = False
    # the pattern fires only when the verb has one of these prepositions, which name no
    # side: "drove the rebels out of the town" (the rebels are the target, not the town)
    with_prep: tuple[str, ...] = ()

    @property
    def lemmas(self) -> tuple[str, ...]:
        return (self.lemma, *self.more_lemmas)

    @property
    def specificity(self) -> int:
        return ((2 if self.obj or self.mods else 0) + (1 if self.prt else 0)
                + (1 if self.prep else 0) + (1 if self.purpose or self.subj else 0))


@dataclass(frozen=True)
class ControlRule:
    id: str
    lemmas: tuple[str, ...]
    effect: str  # threat | intent | refuse | negate | cease | appeal | demand | transparent |
    # hypothetical
    recode: dict[str, str]  # embedded CAMEO root -> code; "default" for the rest
    object_control: bool = False  # "urged X to ...": X is the target
    own_code: str | None = None  # code when the embedded verb codes nothing
    needs_target: bool = False  # own_code only with a target actor


@dataclass(frozen=True)
class RecodeRule:
    """A rule in control.yaml that re-codes an event coded one of `codes` to `code`, when
    its source or target has one of the roles, or its phrase one of the words, given."""
    code: str
    codes: frozenset[str] = frozenset()
    source_roles: frozenset[str] = frozenset()
    target_roles: frozenset[str] = frozenset()
    words: tuple[str, ...] = ()


def _recode_rule(raw: dict | None, words: str | None = None) -> RecodeRule | None:
    """A RecodeRule from its YAML mapping; `words` names the key of its word list."""
    if not raw:
        return None
    return RecodeRule(
        code=str(raw["code"]),
        codes=frozenset(str(c) for c in raw.get("codes", [])),
        source_roles=frozenset(str(r) for r in raw.get("source_roles", [])),
        target_roles=frozenset(str(r) for r in raw.get("target_roles", [])),
        words=tuple(str(w).lower() for w in raw.get(words, [])) if words else (),
    )


@dataclass
class Lexicon:
    patterns: list[Pattern] = field(default_factory=list)
    by_lemma: dict[tuple[str, str], list[Pattern]] = field(
        default_factory=lambda: defaultdict(list)
    )
    control: dict[str, ControlRule] = field(default_factory=dict)
    support_verbs: frozenset[str] = frozenset()
    # non-state violence on civilians -> 180
    unconventional: RecodeRule | None = None
    # the means of a violent act ("in a bomb attack") -> the code it refines a generic code to
    violence_means: dict[str, str] = field(default_factory=dict)
    refinable_violence: frozenset[str] = frozenset()
    # force verbs on a decision or an idea ("attacked the plan") -> criticism
    verbal_attack: RecodeRule | None = None
    # modifiers that make an event noun civil ("rescue operation")
    civil_modifiers: frozenset[str] = frozenset()
    # killing a prominent person -> assassination
    assassination: RecodeRule | None = None
    # who protests: a state's protest is a complaint, civilians' clashes a violent protest
    protest_by_state: RecodeRule | None = None
    violent_protest: RecodeRule | None = None
    riot_by_force: RecodeRule | None = None
    # word classes (classes.yaml): name -> words
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    # verbs of saying nothing: "declined to comment" is no refusal
    no_news_verbs: frozenset[str] = frozenset()

    # adjectives of praise or blame on a reported subject -> code ("was very nice": 051)
    appraisal: dict[str, str] = field(default_factory=dict)
    # the patterns compiled to DependencyMatcher trees (trees.tree_index), made on first
    # use and dropped when a pattern is added
    trees: object = field(default=None, repr=False, compare=False)

    def words(self, name: str) -> frozenset[str]:
        return self.classes.get(name, frozenset())

    def add(self, p: Pattern) -> None:
        self.patterns.append(p)
        self.trees = None
        for lemma in p.lemmas:
            self.by_lemma[(p.pos, lemma)].append(p)

    def candidates(self, pos: str, lemma: str) -> list[Pattern]:
        return self.by_lemma.get((pos, lemma), [])

    def alias(self, lemma: str, like: str) -> None:
        """Let `lemma` trigger the patterns of `like` too ("consented to the extradition"
        as "agreed to the extradition"), after its own (on a tied score the earlier
        pattern wins)."""
        for pos in ("verb", "noun"):
            extra = [p for p in self.candidates(pos, like) if p not in self.candidates(pos, lemma)]
            if extra:
                self.by_lemma[(pos, lemma)] = [*self.candidates(pos, lemma), *extra]
        self.trees = None

    def infinitive_complement(self, tok) -> bool:
        """An infinitive the parser hung as an adverbial clause of a control verb when a
        phrase of time stands between them ("vowed on Sunday to expel", "threatened on
        Friday to walk out"): the control verb's complement all the same. Not a
        purpose clause of an act ("moved troops to the border to attack": a transparent
        or object-taking head), nor a clause with its own subject or conjunction."""
        head = tok.head
        if tok.dep_ != "advcl" or head.i >= tok.i or head.pos_ not in {"VERB", "ADJ", "AUX"}:
            return False
        rule = self.control.get(head.lemma_.lower())
        if rule is None or rule.effect in {"transparent", "hypothetical"}:
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or any(
                c.dep_ in {"mark", "nsubj", "nsubjpass", "csubj", "expl"} for c in tok.children):
            return False
        if any(c.dep_ == "dobj" for c in head.children) and not rule.object_control:
            return False
        # only phrases of time or place between them: no other verb
        return not any(t.pos_ in {"VERB", "AUX"} for t in tok.doc[head.i + 1:tok.i])


def _as_tuple(v) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v,)
    return tuple(str(x) for x in v)


PATTERN_KEYS = frozenset({"id", "code", "lemma", "example", "pos", "prt", "obj", "prep",
                          "symmetric", "mode", "passive_only", "prep_required",
                          "needs_target", "mods", "unless_obj", "reverse", "subj",
                          "purpose", "solo", "clause_code", "joint_code", "finite",
                          "with_prep"})


def _expand(words: tuple[str, ...], lexicon: Lexicon, where: str
            ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words with each "@class" replaced by the class's words; and the class names."""
    out: list[str] = []
    names: list[str] = []
    for w in words:
        if w.startswith("@"):
            name = w[1:]
            if name not in lexicon.classes:
                raise LexiconUnknownClass(f"{where}: unknown word class {w!r}", source=where)
            names.append(name)
            out.extend(sorted(lexicon.classes[name]))
        else:
            out.append(w)
    return tuple(dict.fromkeys(out)), tuple(names)


def load_classes_file(path: Path, lexicon: Lexicon) -> None:
    data = _load_yaml(path.read_text(encoding="utf-8")) or {}
    for name, words in (data.get("classes") or {}).items():
        lexicon.classes[str(name)] = frozenset(str(w).lower() for w in _as_tuple(words))


def load_patterns_file(path: Path, lexicon: Lexicon, seen: set[str]) -> None:
    ontology = load_ontology()
    try:
        data = _load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DataError(f"invalid YAML: {exc}", source=str(path)) from exc
    for raw in data.get("patterns", []):
        unknown = set(raw) - PATTERN_KEYS if isinstance(raw, dict) else set()
        if unknown:
            raise LexiconUnknownKey(f"pattern {raw.get('id')!r}: unknown keys {sorted(unknown)}",
                                    source=str(path))
        try:
            code = str(raw["code"])
            where = f"{path.name}: {raw['id']}"
            obj, obj_classes = _expand(tuple(o.lower() for o in _as_tuple(raw.get("obj"))),
                                       lexicon, where)
            lemmas, _ = _expand(tuple(w.lower() for w in _as_tuple(raw["lemma"])), lexicon,
                                where)
            if not lemmas:
                raise KeyError("lemma")
            unless_obj, _ = _expand(tuple(o.lower() for o in _as_tuple(raw.get("unless_obj"))),
                                    lexicon, where)
            p = Pattern(
                id=str(raw["id"]),
                code=code,
                lemma=lemmas[0],
                more_lemmas=lemmas[1:],
                subj=_expand(tuple(w.lower() for w in _as_tuple(raw.get("subj"))), lexicon,
                             where)[0],
                purpose=_expand(tuple(w.lower() for w in _as_tuple(raw.get("purpose"))),
                                lexicon, where)[0],
                example=str(raw["example"]),
                pos=str(raw.get("pos", "verb")),
                prt=raw.get("prt"),
                obj=obj,
                obj_classes=obj_classes,
                unless_obj=unless_obj,
                reverse=bool(raw.get("reverse", False)),
                prep=raw.get("prep"),
                symmetric=bool(raw.get("symmetric", False)),
                mode=raw.get("mode"),
                passive_only=bool(raw.get("passive_only", False)),
                prep_required=bool(raw.get("prep_required", False)),
                needs_target=bool(raw.get("needs_target", False)),
                finite=bool(raw.get("finite", False)),
                with_prep=tuple(w.lower() for w in _as_tuple(raw.get("with_prep"))),
                mods=tuple(m.lower() for m in _as_tuple(raw.get("mods"))),
                solo=raw.get("solo", False),
                clause_code=str(raw["clause_code"]) if raw.get("clause_code") else None,
                joint_code=str(raw["joint_code"]) if raw.get("joint_code") else None,
            )
        except KeyError as exc:
            raise LexiconBadValue(f"pattern {raw!r} lacks {exc}", source=str(path)) from exc
        if p.id in seen:
            raise LexiconDuplicateId(f"duplicate pattern id {p.id!r}", source=str(path))
        if code not in ontology:
            raise LexiconBadCode(f"pattern {p.id!r} has unknown CAMEO code {code!r}",
                                 source=str(path))
        if p.pos not in {"verb", "noun"}:
            raise LexiconBadValue(f"pattern {p.id!r}: pos must be verb or noun", source=str(path))
        if not isinstance(p.solo, bool) or (p.solo and p.needs_target):
            raise LexiconBadValue(f"pattern {p.id!r}: solo must be true or false, and a solo "
                                  "act needs no target", source=str(path))
        for key in ("clause_code", "joint_code"):
            if getattr(p, key) is not None and getattr(p, key) not in ontology:
                raise LexiconBadCode(f"pattern {p.id!r} has unknown {key} "
                                     f"{getattr(p, key)!r}", source=str(path))
        seen.add(p.id)
        lexicon.add(p)


CONTROL_FILE_KEYS = frozenset({"control", "support_verbs", "lemma_aliases",
                               "unconventional_violence",
                               "violence_means", "verbal_attack", "civil_modifiers",
                               "assassination", "protest_by_state", "violent_protest",
                               "riot_by_force",
                               "no_news_verbs", "appraisal"})
CONTROL_KEYS = frozenset({"id", "lemmas", "effect", "recode", "object_control", "own_code",
                          "needs_target"})
CONTROL_EFFECTS = frozenset({"threat", "intent", "refuse", "negate", "cease", "appeal", "demand",
                             "transparent", "hypothetical"})


def check_examples(lexicon: Lexicon, code_text) -> list[LexiconExampleFails]:
    """Each pattern's example must still code an event with the pattern's code through the
    pattern (`code_text(text)` -> events): the errors (E224) of those that do not."""
    errors = []
    for p in lexicon.patterns:
        events = code_text(p.example)
        if not any(e.cameo == p.code and p.id in e.rule.split("+") for e in events):
            got = [(e.cameo, e.rule) for e in events]
            errors.append(LexiconExampleFails(
                f"{p.id} ({p.code}): example {p.example!r} codes {got}", source=p.id))
    return errors


def load_control_file(path: Path, lexicon: Lexicon) -> None:
    data = _load_yaml(path.read_text(encoding="utf-8"))
    lexicon.support_verbs = frozenset(str(v) for v in data.get("support_verbs", []))
    lexicon.unconventional = _recode_rule(data.get("unconventional_violence"))
    means = data.get("violence_means") or {}
    lexicon.violence_means = {str(k).lower(): str(v) for k, v in (means.get("means") or {}).items()}
    lexicon.refinable_violence = frozenset(str(c) for c in means.get("codes", []))
    lexicon.civil_modifiers = frozenset(str(m).lower() for m in data.get("civil_modifiers", []))
    lexicon.protest_by_state = _recode_rule(data.get("protest_by_state"))
    lexicon.violent_protest = _recode_rule(data.get("violent_protest"))
    lexicon.riot_by_force = _recode_rule(data.get("riot_by_force"))
    lexicon.assassination = _recode_rule(data.get("assassination"), words="person_nouns")
    lexicon.verbal_attack = _recode_rule(data.get("verbal_attack"), words="objects")
    lexicon.no_news_verbs = frozenset(str(w).lower() for w in data.get("no_news_verbs", []))
    for kind in (data.get("appraisal") or {}).values():
        for word in kind.get("words", []):
            lexicon.appraisal[str(word).lower()] = str(kind["code"])
    for lemma, like in (data.get("lemma_aliases") or {}).items():
        if not lexicon.candidates("verb", str(like)) and not lexicon.candidates("noun", str(like)):
            raise LexiconBadValue(f"lemma alias {lemma!r}: no patterns of {like!r}",
                                  source=str(path))
        lexicon.alias(str(lemma).lower(), str(like).lower())
    unknown = set(data) - CONTROL_FILE_KEYS
    if unknown:
        raise LexiconUnknownKey(f"control file: unknown keys {sorted(unknown)}", source=str(path))
    ontology = load_ontology()
    for raw in data.get("control", []):
        extra = set(raw) - CONTROL_KEYS
        if extra:
            raise LexiconUnknownKey(f"control rule {raw.get('id')!r}: unknown keys "
                                    f"{sorted(extra)}", source=str(path))
        if raw.get("effect") not in CONTROL_EFFECTS:
            raise LexiconBadValue(f"control rule {raw.get('id')!r}: effect must be one of "
                                  f"{sorted(CONTROL_EFFECTS)}", source=str(path))
        codes = [str(v) for v in (raw.get("recode") or {}).values()]
        codes += [str(raw["own_code"])] if raw.get("own_code") else []
        bad = [c for c in codes if c not in ontology]
        if bad:
            raise LexiconBadCode(f"control rule {raw.get('id')!r}: unknown CAMEO codes {bad}",
                                 source=str(path))
        rule = ControlRule(
            id=str(raw["id"]),
            lemmas=_as_tuple(raw["lemmas"]),
            effect=str(raw["effect"]),
            recode={str(k): str(v) for k, v in (raw.get("recode") or {}).items()},
            object_control=bool(raw.get("object_control", False)),
            own_code=str(raw["own_code"]) if raw.get("own_code") else None,
            needs_target=bool(raw.get("needs_target", False)),
        )
        for lemma in rule.lemmas:
            lexicon.control[lemma] = rule


@lru_cache(maxsize=1)
def load_lexicon(folder: str | None = None) -> Lexicon:
    """All pattern files (`NN_*.yaml`) and the control table of a lexicon folder."""
    root = Path(folder) if folder else data_path("lexicon")
    lexicon = Lexicon()
    seen: set[str] = set()
    if (root / "classes.yaml").exists():
        load_classes_file(root / "classes.yaml", lexicon)
    for path in sorted(root.glob("[0-9][0-9]_*.yaml")):
        load_patterns_file(path, lexicon, seen)
    control = root / "control.yaml"
    if control.exists():
        load_control_file(control, lexicon)
    return lexicon
