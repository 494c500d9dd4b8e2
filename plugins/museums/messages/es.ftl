# La familia `museums` (IBERMUSEOS…): las redes y organizaciones del diálogo internacional, el
# logro en políticas públicas y la cuota anual. Las variables son las del catálogo en inglés.

family-name = Museos

partners-intro = { $program } fortaleció el diálogo internacional con { $count ->
        [one] esta red u organización
       *[other] estas redes y organizaciones
    } del ámbito de los museos:
policy-paragraph = El fortalecimiento de las políticas públicas en el plano internacional se logró con { EMPH($achievement) }.

fee-title = Cuota anual
fee-label = Cuota anual
fee-paragraph = La cuota anual fue de { STRONG($fee) }.
agreement = La cuota anual multiplicada por { $dated ->
        [yes] { $years ->
            [one] el { $years } año
           *[other] los { $years } años
        } de { $period }
       *[no] { $years ->
            [one] el { $years } año pagado
           *[other] los { $years } años pagados
        }
    } ({ $years } × { $fee } = { $total }) concuerda con los { $paid } informados como pagados en total.

summary-partners = A través de { $program }, se fortaleció el diálogo internacional con { $count } { $count ->
        [one] red u organización
       *[other] redes y organizaciones
    } del ámbito de los museos.
