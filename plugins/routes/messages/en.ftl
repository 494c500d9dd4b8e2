# IBER-RUTAS (family `routes`): migration and interculturality — contests and awards, the aid fund
# for cultural actions with migrant communities, studies. The SDK's family messages (calls,
# partners, meetings…) apply as well; a message defined here replaces the SDK's of the same id.
# Variables as in the SDK's catalogue ($program, $country, $period, $figure, $count); $contest is a
# contest's name as the data gives it.

family-name = Migration and interculturality

projects-paragraph = In { $period }, { $program } supported { STRONG($figure) } { $count ->
        [one] project
       *[other] projects
    } on migration and interculturality in { $country }.
summary-projects = Through { $program }, { $figure } { $count ->
        [one] project
       *[other] projects
    } on migration and interculturality in { $country } { $count ->
        [one] was
       *[other] were
    } supported.

entries-label = Works entered in the contests
entries-paragraph = { STRONG($figure) } { $count ->
        [one] work was
       *[other] works were
    } entered in the contests of { $program }.
awarded-label = Works awarded
awarded-paragraph = { STRONG($figure) } { $count ->
        [one] work was
       *[other] works were
    } awarded.
contests-caption = Contests and awards of { $program }
column-contest = Contest
column-entries = Works received
column-awarded = Works awarded
contest-entries-label = Works received: { $contest }
contest-awarded-label = Works awarded: { $contest }

aids-label = Grants of the aid fund
aids-paragraph = { STRONG($figure) } { $count ->
        [one] grant of the aid fund was
       *[other] grants of the aid fund were
    } awarded to cultural actions with migrant communities.
summary-aids = Through { $program }, { $figure } { $count ->
        [one] grant was
       *[other] grants were
    } awarded to cultural actions with migrant communities.
migrant-actions-label = Cultural actions with migrant communities
migrant-actions-paragraph = { STRONG($figure) } cultural { $count ->
        [one] action
       *[other] actions
    } with migrant communities { $count ->
        [one] was
       *[other] were
    } carried out.
summary-migrant-actions = Through { $program }, { $figure } cultural { $count ->
        [one] action
       *[other] actions
    } with migrant communities { $count ->
        [one] was
       *[other] were
    } carried out.
studies-label = Studies of migratory processes
studies-paragraph = { STRONG($figure) } { $count ->
        [one] study
       *[other] studies
    } of migratory processes { $count ->
        [one] was
       *[other] were
    } carried out.
audience-label = Audience of exhibitions and events
audience-paragraph = The exhibitions and events drew { STRONG($figure) } { $count ->
        [one] person
       *[other] people
    }.
