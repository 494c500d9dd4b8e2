# IBERBIBLIOTECAS (family `libraries`): the projects the reporting country profited from.
# $country is the reporting country, $period the report period (2012–2015), $program the
# program's name, $projects a count.

section-title = Projects
projects-label = Projects { $country } profited from
projects-paragraph = In { $period }, { $country } profited from { STRONG($projects) } { $projects ->
        [one] project
       *[other] projects
    }.
summary = Through { $program }, { $country } profited from { $projects } { $projects ->
        [one] project
       *[other] projects
    }.
