# The `audiovisual` family (IBERMEDIA…): the support granted, chiefly by sub-period. Every message
# here overrides or adds to the SDK's family messages (crates/informe-plugin/messages/family/en.ftl),
# whose variables it uses: $program, $country (the reporting party) and $period are always given;
# $figure is a figure with its qualifier ("more than 40") and $count the same number, for the
# plural form.

family-name = Audiovisual
section-title = Support granted
# The title when the data splits the report period into sub-periods.
sub-periods-title = Support by sub-period

projects-paragraph = In { $period }, { STRONG($figure) } { $count ->
        [one] project
       *[other] projects
    } received support from { $program }.
summary-projects = Through { $program }, { $figure } { $count ->
        [one] project
       *[other] projects
    } received support.

# The sub-periods in the audiovisual programmes' words: support "went to" what was supported, so
# no verb agrees with $kind, whose gender a translation cannot know.
supported-label = { $kind } supported
column-supported = What was supported
sub-period-paragraph = In { $period }, support went to { $supported }{ $with-areas ->
        [yes] {" "}in the areas of { $areas }
       *[no] {""}
    }{ $with-amount ->
        [yes] , for { $amount }
       *[no] {""}
    }.
summary-first = support went to { $supported } in { $period }
summary-next = to { $supported } in { $period }
