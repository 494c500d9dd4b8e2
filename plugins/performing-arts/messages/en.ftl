# IBERESCENA (family `performing-arts`): projects benefited and the participating countries.
# $period is the report period (2012–2015), $program the program's name; $projects is the
# projects' figure already written with its qualifier ("more than 40") and $count its count,
# for the plural form; $countries is a count.

section-title = Projects and participating countries
projects-label = Projects benefited
countries-label = Participating countries

projects-paragraph = In { $period }, { STRONG($projects) } { $count ->
        [one] project was
       *[other] projects were
    } benefited.
countries-intro = { $countries ->
        [one] The country that participated in the reference period was:
       *[other] The { STRONG($countries) } countries that participated in the reference period were:
    }

summary = Through { $program }, { $projects } { $count ->
        [one] project was
       *[other] projects were
    } benefited, with { $countries } participating { $countries ->
        [one] country
       *[other] countries
    }.
