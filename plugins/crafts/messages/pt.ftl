# A família `crafts` (IBERARTESANÍAS…): os encontros, as alianças formais e o observatório do
# setor artesanal. As variáveis são as do catálogo em inglês. O nome do observatório ($name) vem
# depois de «do»: «Observatório» é masculino.

family-name = Artesanato

meetings-label = Encontros internacionais
meetings-paragraph = Em { $period }, { $count ->
        [one] foi realizado { STRONG($figure) } encontro internacional
       *[other] foram realizados { STRONG($figure) } encontros internacionais
    }{ $with-formats ->
        [yes] {" "}({ $formats })
       *[no] {""}
    }.
topics-intro = Foram realizados debates sobre:
alliances-paragraph = Em { $period }, { $count ->
        [one] foi firmada { STRONG($figure) } aliança formal
       *[other] foram firmadas { STRONG($figure) } alianças formais
    }{ $with-partners ->
        [yes] {" "}com:
       *[no] .
    }

observatory-label = Criação do { $name }
observatory-status = { $status ->
        [planned] prevista
        [begun] iniciada
       *[created] concluída
    }
observatory-paragraph = { $status ->
        [planned] Está prevista a criação do { $name }.
        [begun] Teve início o processo de criação do { $name }.
       *[created] Foi criado o { $name }.
    }

summary-meetings = { $count ->
        [one] foi realizado { $figure } encontro internacional
       *[other] foram realizados { $figure } encontros internacionais
    }
summary-alliances = { $count ->
        [one] foi firmada { $figure } aliança formal
       *[other] foram firmadas { $figure } alianças formais
    }
summary-observatory = { $status ->
        [planned] foi prevista a criação do { $name }
        [begun] teve início o processo de criação do { $name }
       *[created] foi criado o { $name }
    }
summary-crafts = Por meio do programa { $program }, { $clauses }.
