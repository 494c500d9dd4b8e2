# The `museums` family (IBERMUSEOS…): the networks and organizations of international dialogue,
# the policy achievement and the annual fee. Every message here overrides or adds to the SDK's
# family messages (crates/informe-plugin/messages/family/en.ftl), whose variables it uses:
# $program, $country (the reporting party) and $period are always given; $count is a count.

family-name = Museums

# The partners of the common data, in the museums' own words.
partners-intro = { $program } strengthened international dialogue with { $count ->
        [one] this network or organization
       *[other] these networks and organizations
    } in the area of museums:
# $achievement is the source's own phrase, lower-case and without a final period.
policy-paragraph = The strengthening of public policies at the international level was accomplished with { EMPH($achievement) }.

# $fee, $total and $paid are amounts already written ($fee and $paid with their qualifier);
# $years is a count.
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

# The executive summary's sentence when the data counts no projects.
summary-partners = Through { $program }, international dialogue was strengthened with { $count } { $count ->
        [one] network or organization
       *[other] networks and organizations
    } in the area of museums.
