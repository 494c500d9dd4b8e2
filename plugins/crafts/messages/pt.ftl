# IBERARTESANÍAS (família `crafts`): reuniões, temas de debate, alianças formais e o observatório.
# As variáveis são as do catálogo em inglês.

meetings-title = Reuniões e debates
meetings-label = Reuniões internacionais
alliances-title = Alianças formais
alliances-label = Alianças formais
observatory-label = Processo de criação do { $name }

meetings-paragraph = Em { $period }, { $meetings ->
        [one] foi realizada { STRONG($meetings) } reunião internacional
       *[other] foram realizadas { STRONG($meetings) } reuniões internacionais
    }{ $with-formats ->
        [yes] {" "}({ $formats })
       *[no] {""}
    }.
topics-intro = Foram realizados debates sobre:
alliances-paragraph = Em { $period }, { $alliances ->
        [one] foi firmada { STRONG($alliances) } aliança formal
       *[other] foram firmadas { STRONG($alliances) } alianças formais
    }{ $with-partners ->
        [yes] {" "}com:
       *[no] .
    }

observatory = o processo de criação do { $name } foi { $status }

summary = Por meio do programa { $program }, { $meetings ->
        [one] foi realizada { $meetings } reunião internacional
       *[other] foram realizadas { $meetings } reuniões internacionais
    } e { $alliances ->
        [one] foi firmada { $alliances } aliança formal
       *[other] foram firmadas { $alliances } alianças formais
    }; { $observatory }.
