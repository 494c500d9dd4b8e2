# A família `museums` (IBERMUSEOS…): as redes e organizações do diálogo internacional, a conquista
# em políticas públicas e a cota anual. As variáveis são as do catálogo em inglês.

family-name = Museus

partners-intro = O programa { $program } fortaleceu o diálogo internacional com { $count ->
        [one] esta rede ou organização
       *[other] estas redes e organizações
    } da área de museus:
policy-paragraph = O fortalecimento das políticas públicas no plano internacional foi alcançado com { EMPH($achievement) }.

fee-title = Cota anual
fee-label = Cota anual
fee-paragraph = A cota anual foi de { STRONG($fee) }.
agreement = A cota anual multiplicada { $dated ->
        [yes] { $years ->
            [one] pelo { $years } ano
           *[other] pelos { $years } anos
        } de { $period }
       *[no] { $years ->
            [one] pelo { $years } ano pago
           *[other] pelos { $years } anos pagos
        }
    } ({ $years } × { $fee } = { $total }) coincide com os { $paid } informados como pagos no total.

summary-partners = Por meio do programa { $program }, o diálogo internacional foi fortalecido com { $count } { $count ->
        [one] rede ou organização
       *[other] redes e organizações
    } da área de museus.
