# IBERMUSEOS (family `museums`): partner networks, the annual fee and the policy achievement.
# $program is the program's name; $partners, $years are counts; $fee, $total and $paid are
# amounts already written ($paid with its qualifier); $achievement is the source's own phrase.

dialogue-title = International dialogue and public policies
partners-label = Museum networks and international organizations named
partners-intro = International dialogue was strengthened with the major networks and international organizations in the area of museums, such as:
policy-paragraph = The strengthening of public policies at the international level was accomplished with { EMPH($achievement) }.

fee-title = Annual fee
fee-label = Annual fee
fee-paragraph = The annual fee was { STRONG($fee) }.
# $dated is "yes" when every payment covers the same years, $period; "no" otherwise.
agreement = The annual fee times { $dated ->
        [yes] the { $years } { $years ->
            [one] year
           *[other] years
        } of { $period }
       *[no] the { $years } { $years ->
            [one] year
           *[other] years
        } paid
    } ({ $years } × { $fee } = { $total }) agrees with the { $paid } reported as paid in total.

summary = Through { $program }, international dialogue was strengthened with { $partners } named { $partners ->
        [one] network or international organization
       *[other] networks and international organizations
    } in the area of museums.
