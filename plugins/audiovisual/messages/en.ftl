# IBERMEDIA (family `audiovisual`): what was supported in each sub-period and in which areas.
# $kind is what was supported as the source words it, plural ("Mexican projects"), so verbs
# agree with a plural; $count a count; $period a sub-period (2012–2013); $program the program's
# name; $areas the source's areas, joined as a list; $supported the counted kinds, joined.

section-title = Support by sub-period
table-caption = Support granted through { $program }
column-period = Period
column-areas = Areas
column-supported = Supported
column-number = Number

# The label of a metric; $kind begins with a capital.
supported-label = { $kind } supported

# One counted kind, inside the sentences below: "25 Mexican projects".
counted = { STRONG($count) } { $kind }
# $with-areas is "yes" when the source names the areas, "no" otherwise.
sub-period-paragraph = In { $period }, { $supported } were supported{ $with-areas ->
        [yes] {" "}in the areas of { $areas }
       *[no] {""}
    }.

# The summary: the first sub-period's clause, then each other's, then the sentence.
summary-first = { $supported } were supported in { $period }
summary-next = { $supported } in { $period }
summary-join = { $head }, { $next }
summary-join-last = { $head }, and { $last }
summary = Through { $program }, { $clauses }.
