"""The statuses geoinc gives a geocoded name or an incident row, in one place.

========================  =====================================================================
status                    meaning
========================  =====================================================================
``matched``               the name resolved to this place with the confidence its score claims
``approximate``           the place is not known (or only by a fuzzy reading): the answer is a
                          containing unit named by a hint (district precision 2, province 3) or
                          the fuzzy candidate, with a message; plot it with its uncertainty
``ambiguous``             several places of that name lie far apart and nothing separates them;
                          ``alternatives`` lists them; do not plot it as a point
``unresolved``            no place of that name (and no hint to fall back on)
``invalid``               the query or a hint is malformed (the message says how to fix it)
========================  =====================================================================
"""

from __future__ import annotations

__all__ = ["AMBIGUOUS", "APPROXIMATE", "GEOCODE_STATUSES", "INVALID", "LOCATED", "MATCHED", "UNRESOLVED"]

MATCHED = "matched"
APPROXIMATE = "approximate"
AMBIGUOUS = "ambiguous"
UNRESOLVED = "unresolved"
INVALID = "invalid"

#: every status :func:`geoinc.geocode_many` can give, best first
GEOCODE_STATUSES = (MATCHED, APPROXIMATE, AMBIGUOUS, UNRESOLVED, INVALID)
#: statuses whose place may be drawn (with its precision and uncertainty)
LOCATED = (MATCHED, APPROXIMATE)
