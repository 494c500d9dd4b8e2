# The words of the results every programme family reports: the SDK's common family data.
# A plugin's own catalogue overrides any message here by defining the same id.
# Every message may use $program (the programme's name), $country (the reporting party, in the
# report's language, as running text writes it: "the Netherlands") and $period (the report period, 2012–2015, or a sub-period where it says so).
# $figure is a figure written with its qualifier ("more than 40"); $count is the same number, for
# the plural form. $kind and $who are the data's own words, in the plural ("co-productions").

section-title = Results
projects-label = Beneficiary projects
amount-label = Amount
projects-paragraph = In { $period }, { STRONG($figure) } { $count ->
        [one] project
       *[other] projects
    } benefited from { $program }.

# The sub-periods: a table, then a paragraph each. $supported is the counted kinds, joined.
sub-periods-caption = Support granted through { $program }, by period
column-period = Period
column-areas = Areas
column-supported = Supported
column-number = Number
column-call = Call or action
column-projects = Projects
column-amount = Amount
# The label of a metric; $kind begins with a capital.
supported-label = { $kind } supported
counted = { STRONG($figure) } { $kind }
# $with-areas and $with-amount are "yes" when the data gives the areas or the amount.
sub-period-paragraph = In { $period }, { $supported } { $count ->
        [one] was
       *[other] were
    } supported{ $with-areas ->
        [yes] {" "}in the areas of { $areas }
       *[no] {""}
    }{ $with-amount ->
        [yes] , for { $amount }
       *[no] {""}
    }.
sub-period-areas = In { $period }, support was granted{ $with-areas ->
        [yes] {" "}in the areas of { $areas }
       *[no] {""}
    }{ $with-amount ->
        [yes] , for { $amount }
       *[no] {""}
    }.

# The calls, editions or actions: a table. $call is a call's name, or its years.
calls-caption = Calls and actions of { $program }
call-projects-label = Projects: { $call }
call-amount-label = Amount: { $call }

# People benefited. $dated is "yes" when a group's years ($years) are not the report period's.
beneficiaries-group = { STRONG($figure) } { $who }{ $dated ->
        [yes] {" "}({ $years })
       *[no] {""}
    }
beneficiaries-paragraph = { $groups } { $count ->
        [one] was
       *[other] were
    } benefited by { $program }.

countries-label = Countries taking part
countries-paragraph = { $count ->
        [one] One country
       *[other] { $count } countries
    } took part in { $program }: { $countries }.

partners-label = Partner networks and organizations
partners-intro = { $program } worked with { $count ->
        [one] this network or organization
       *[other] these networks and organizations
    }:

meetings-label = Meetings
meetings-paragraph = { STRONG($figure) } { $count ->
        [one] meeting was
       *[other] meetings were
    } held{ $with-formats ->
        [yes] {" "}({ $formats })
       *[no] {""}
    }.
topics-intro = { $count ->
        [one] It
       *[other] They
    } discussed:

alliances-label = Formal alliances
alliances-paragraph = { STRONG($figure) } formal { $count ->
        [one] alliance was
       *[other] alliances were
    } made{ $with-partners ->
        [yes] , with:
       *[no] .
    }

achievements-intro = Other results:

# The executive summary's sentence.
summary-projects = Through { $program }, { $figure } { $count ->
        [one] project
       *[other] projects
    } benefited.
summary-beneficiaries = Through { $program }, { $groups } { $count ->
        [one] was
       *[other] were
    } benefited.
# By sub-period: the first clause, then each other's, then the sentence.
summary-first = { $supported } { $count ->
        [one] was
       *[other] were
    } supported in { $period }
summary-next = { $supported } in { $period }
summary-join = { $head }, { $next }
summary-join-last = { $head }, and { $last }
summary-supported = Through { $program }, { $clauses }.
