# The `libraries` family (IBERBIBLIOTECAS…): the projects the reporting party profited from. Every
# message here overrides or adds to the SDK's family messages
# (crates/informe-plugin/messages/family/en.ftl), whose variables it uses: $program, $country (the
# reporting party) and $period are always given; $figure is a figure with its qualifier ("more
# than 40") and $count the same number, for the plural form.

family-name = Libraries

projects-label = Projects { $country } profited from
projects-paragraph = In { $period }, { $country } profited from { STRONG($figure) } { $count ->
        [one] project
       *[other] projects
    }.
summary-projects = Through { $program }, { $country } profited from { $figure } { $count ->
        [one] project
       *[other] projects
    }.
