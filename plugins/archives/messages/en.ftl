# IBERARCHIVOS (family `archives`): archival projects, the institutions that carried them out and
# the work done on documentary holdings. The SDK's family messages (calls, partners, meetings…)
# apply as well; a message defined here replaces the SDK's of the same id. Variables as in the
# SDK's catalogue ($program, $country, $period, $figure, $count); $work is organization,
# description, conservation or digitization; $unit and $line are the data's words.

family-name = Archives

projects-paragraph = In { $period }, { $program } supported { STRONG($figure) } archival { $count ->
        [one] project
       *[other] projects
    } of { $country }.
summary-projects = Through { $program }, { $figure } archival { $count ->
        [one] project
       *[other] projects
    } of { $country } { $count ->
        [one] was
       *[other] were
    } supported.

institutions-label = Archival institutions supported
institutions-paragraph = { $program } supported { STRONG($figure) } archival { $count ->
        [one] institution
       *[other] institutions
    }.
summary-institutions = Through { $program }, { $figure } archival { $count ->
        [one] institution was
       *[other] institutions were
    } supported.

submitted-label = Projects submitted to the calls
submitted-paragraph = { STRONG($figure) } { $count ->
        [one] project was
       *[other] projects were
    } submitted to the calls of { $program }.

# A metric's label, e.g. "Description (documents)".
holdings-label = { $work ->
        [organization] Organization
        [description] Description
        [conservation] Conservation
       *[digitization] Digitization
    } ({ $unit })
holdings-work = { $work ->
        [organization] organization
        [description] description
        [conservation] conservation
       *[digitization] digitization
    } of { STRONG($figure) } { $unit }
holdings-paragraph = Work on documentary holdings: { $works }.

lines-caption = Projects supported by line of action
column-line = Line of action
column-line-projects = Projects
line-projects-label = Projects: { $line }
lines-intro = The supported projects followed { $count ->
        [one] this line
       *[other] these lines
    } of action:
