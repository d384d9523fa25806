"""Modality and news value of a clause: whether what a clause tells happened now, is only
asked or wondered about, is background to the news, or is worth no event at all.

Each check is a pure function over spaCy tokens, named after what it recognises:

- `is_question`: a direct question ("Will Peru sign the accord?") asserts nothing;
- `asked_or_supposed`: a quoted question the sentence attributes, or a clause opening with
  an auxiliary before its subject (a question, or an inverted condition "Should Lima ..."):
  hypothetical;
- `open_question`: an indirect question ("would not tell whether the envoys would meet again",
  "asked whether Chile would attend") leaves the act open: hypothetical;
- `says_nothing`: withholding details ("gave no further details", "did not comment") is
  no refusal and no event;
- `temporal_clause`: an act told in an "after", "since", "before" or "until" clause is
  background when it is past ("after a ferry was sunk") and hypothetical when it is still to
  come ("before the parliament votes");
- `in_condition`: an act inside an "if"/"unless" clause, at any depth, is hypothetical;
- `feared`: what someone fears or risks ("worried about troops crossing the border", "the
  risk of a war") is hypothetical;
- `posed_for`: an infinitive with its own "for" subject ("it is time for Lima to talk") is
  a proposition, not an act: hypothetical;
- `attempted_only`: the aim of an effort ("in a bid to end the siege") is not done yet:
  hypothetical;
- `alleged`: what someone is accused or suspected of ("accused Chad of shelling") is told
  by the accusation, not asserted: hypothetical;
- `unreal_noun`: an event noun marked as not (yet) real ("the planned summit", "a
  possible strike") is hypothetical;
- `forecast`: an act the writer only forecasts ("will likely meet") is hypothetical;
- `awaited`: an event noun someone prepares for, awaits or plans is hypothetical;
- `in_past_period`: a past clause placed "during his campaign" is background;
- `helps_only`: a purpose clause of helping ("sent doctors to help Italy") is what the act
  is for, not a second act: hypothetical;
- `long_ago`: a clause that says it happened "two years ago" is background;
- `permitted`: what a deal or a state allows someone to do is not done: hypothetical;
- `habitual`: what an actor often or routinely does is no event of the day: background;
- `describes_thing`: a past relative clause that says what happened to a thing or what an
  event did ("a freighter that was seized", "the explosion that killed six") describes it:
  background;
- `referenced_event`: an event noun that something is said about as an earlier event
  ("denied a role in the bombing", "the anniversary of the invasion", "after the
  killing of"): background;
- `measured_opinion`: what an opinion poll or survey found ("most Chileans oppose ..., a
  survey showed") is an opinion measured, no act: no event;
- `speculates`: a reported act whose speaker only comments on others ("could raise
  tariffs, economists said") is a forecast, not a threat or an intent by the actor;
- `capability_told`: a reported could/might/may of arms, or of a side other than the
  speaker's ("said Lima's missiles could reach Quito") is a capability: hypothetical;
- `text_content`: what a draft text, or one vetoed, overturned or opposed, says should be
  done ("vetoed a resolution condemning X", "a bill to protect them" voted against) is not
  done: hypothetical;
- `believed`: a modal clause under a verb of belief about someone else ("diplomats think
  Lima will expel the envoy"), or "expected to be" done to one: a forecast, hypothetical;
- `modal_subject`: an event noun that is the subject of would/could/might ("an attack on
  Iran would be a disaster"): hypothetical;
- `answer_frame` (in `says_nothing`): a passive "asked" that frames an answer ("when asked
  on TV to name them, he said") is no event;
- `earlier_main`, `known_fact`, `stance_told`, `continuing_present`: a past perfect the
  writer tells ("had pledged to"), a fact told as known ("it is no secret that"), and, in a
  story's body (`mixin.in_body`), a plan told in the present or present perfect ("has
  vowed to", "wants to") or a practice carried on ("continues to jail"): background;
- `relative_time`: a past relative clause on an argument of a past clause shares its time;
- `any_relative`: a relative clause on "any" one who fits it ("any envoy who met them must
  go") describes whoever may fit: hypothetical;
- `owned_topic`: an owned event noun something is about or is judged "for" ("misled them
  about his talks with", "sanctioned for its raid on") is an earlier event: background;
- `used_to`, `then_titled`, `in_former_term`, `earlier_relative`, `reported_over_span`,
  `old_temporal_clause`: a past habit ("used to sell"), an actor named by the title held
  then ("then-President"), a clause placed in an office held at the time ("when she was
  minister"), a past perfect relative clause ("who had been kidnapped"), plans reported
  over a span since an earlier event ("since my election, firms have announced that they
  will invest"), and a plan told "years after" something: background.

The checks live in modules named for what they recognise: `questions`, `polarity`,
`news_value`, `hypothetical`, `background` (with `clauses` for what they share), and
`mixin` holds the Coder's step that asks them in order.
"""

from __future__ import annotations

from .background import (
    dated_before,
    describes_thing,
    habitual,
    in_past_period,
    long_ago,
    measured,
    named_pact,
    over_long_span,
    recurring,
    referenced_event,
    report_dated_before,
    span_since,
    standing_rule,
    temporal_clause,
    text_provision,
    told_earlier,
)
from .hypothetical import (
    alleged,
    anticipated,
    attempted_only,
    awaited,
    believed,
    feared,
    forecast,
    helps_only,
    in_condition,
    modal_above_noun,
    needed_only,
    obliged_only,
    past_possibility,
    permitted,
    planned_only,
    posed_for,
    possible_above,
    scheduled,
    sought,
    speculates,
    text_content,
    to_be_done,
    unreal_noun,
    upcoming,
)
from .mixin import (
    ModalityMixin,
)
from .news_value import (
    characterises,
    claimed,
    describes_actor,
    figurative,
    link_tokens,
    measured_opinion,
    says_nothing,
)
from .polarity import (
    negated_past,
    negated_purpose,
    no_one_did,
    shared_auxiliaries,
    shares_negation,
    yet_to,
)
from .questions import (
    asked_or_supposed,
    is_question,
    open_question,
)

__all__ = [
    "ModalityMixin",
    "alleged",
    "anticipated",
    "asked_or_supposed",
    "attempted_only",
    "awaited",
    "believed",
    "characterises",
    "claimed",
    "dated_before",
    "describes_actor",
    "describes_thing",
    "feared",
    "figurative",
    "forecast",
    "habitual",
    "helps_only",
    "in_condition",
    "in_past_period",
    "is_question",
    "link_tokens",
    "long_ago",
    "measured",
    "measured_opinion",
    "modal_above_noun",
    "needed_only",
    "negated_past",
    "negated_purpose",
    "no_one_did",
    "obliged_only",
    "open_question",
    "over_long_span",
    "past_possibility",
    "permitted",
    "planned_only",
    "posed_for",
    "possible_above",
    "recurring",
    "referenced_event",
    "says_nothing",
    "scheduled",
    "shared_auxiliaries",
    "shares_negation",
    "sought",
    "span_since",
    "speculates",
    "standing_rule",
    "temporal_clause",
    "text_content",
    "text_provision",
    "to_be_done",
    "told_earlier",
    "named_pact",
    "report_dated_before",
    "unreal_noun",
    "upcoming",
    "yet_to",
]
