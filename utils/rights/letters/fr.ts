import type { LanguagePack } from './types';

export const fr: LanguagePack = {
  locale: 'fr-FR',
  greeting: 'Madame, Monsieur,',
  authorityGreeting: 'Madame la Présidente, Monsieur le Président,',
  closing: 'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
  noId:
    'Merci de ne pas me demander de copie d’une pièce d’identité. L’article 12(6) du RGPD ne vous permet de demander des informations supplémentaires qu’en cas de doute raisonnable sur mon identité, et le Comité européen de la protection des données juge disproportionnée la copie d’une pièce d’identité pour identifier une personne titulaire d’un compte en ligne (lignes directrices 01/2022 sur le droit d’accès, points 73 et 74). Les identifiants ci-dessous, dont vous disposez déjà, suffisent à retrouver mes données :',
  labels: { name: 'Nom', email: 'Adresse e-mail', account: 'Identifiant de compte sur {site}', postalAddress: 'Adresse postale' },
  separator: ' : ',
  deadline:
    'L’article 12(3) du RGPD vous impose de répondre dans les meilleurs délais et au plus tard dans un délai d’un mois à compter de la réception de ma demande, soit au plus tard le {dueDate}. Ce délai ne peut être prolongé de deux mois que si vous m’en informez, avec les motifs, dans ce premier mois. La réponse est gratuite (article 12(5)). Si vous ne comptez pas donner suite à ma demande, vous devez m’en indiquer les motifs dans le même délai, ainsi que la possibilité d’introduire une réclamation auprès d’une autorité de contrôle (article 12(4)). Merci de me répondre par e-mail, puisque je vous écris par e-mail.',
  requestNames: {
    access: 'demande d’accès à mes données personnelles (article 15 du RGPD)',
    rectification: 'demande de rectification (article 16 du RGPD)',
    erasure: 'demande d’effacement (article 17 du RGPD)',
    restriction: 'demande de limitation du traitement (article 18 du RGPD)',
    portability: 'demande de portabilité (article 20 du RGPD)',
    objection: 'opposition au traitement (article 21(1) du RGPD)',
    objection_marketing: 'opposition à la prospection (article 21(2) du RGPD)',
    withdraw_consent: 'déclaration de retrait de consentement (article 7(3) du RGPD)',
    objection_partners: 'opposition à la transmission de mes données à des partenaires (article 21(2) du RGPD)',
    automated_decision: 'demande de réexamen humain d’une décision automatisée (article 22(3) du RGPD)',
    post_mortem: 'transmission de directives post mortem (article 85 de la loi Informatique et Libertés)',
  },
  letters: {
    access: {
      subject: 'Demande d’accès à mes données personnelles (article 15 du RGPD) – {site}',
      body: [
        'J’exerce mon droit d’accès, prévu à l’article 15 du règlement général sur la protection des données (RGPD), aux données personnelles que {company} détient à mon sujet.',
        'Merci de me confirmer si vous traitez ou non des données me concernant et, le cas échéant, de m’en remettre une copie complète (article 15(3)), données pseudonymisées comprises (article 4(5)), sous une forme électronique d’usage courant. Merci de me communiquer également les informations suivantes (article 15(1)(a) à (h)) :',
        'a) les finalités de chaque traitement et sa base légale ;\nb) les catégories de données personnelles concernées ;\nc) les destinataires ou catégories de destinataires auxquels les données ont été ou seront communiquées, en particulier les destinataires établis dans des pays tiers ou les organisations internationales, nommément ;\nd) la durée de conservation des données ou, si ce n’est pas possible, les critères utilisés pour la déterminer ;\ne) l’existence de mes droits de rectification, d’effacement, de limitation du traitement et d’opposition ;\nf) mon droit d’introduire une réclamation auprès d’une autorité de contrôle ;\ng) lorsque les données n’ont pas été collectées auprès de moi, toute information disponible sur leur source ;\nh) l’existence d’une prise de décision automatisée, y compris un profilage (article 22(1) et (4)), et dans ce cas des informations utiles sur la logique sous-jacente ainsi que l’importance et les conséquences prévues de ce traitement pour moi.',
        'Si mes données sont transférées vers un pays tiers ou une organisation internationale, merci de m’indiquer les garanties appropriées prévues à l’article 46 (article 15(2)).',
      ],
    },
    rectification: {
      subject: 'Demande de rectification de mes données personnelles (article 16 du RGPD) – {site}',
      body: [
        'En application de l’article 16 du règlement général sur la protection des données (RGPD), je demande à {company} de rectifier dans les meilleurs délais les données inexactes suivantes me concernant, et de compléter celles qui sont incomplètes :',
        '{reason}',
        'Conformément à l’article 19 du RGPD, merci de notifier cette rectification à chaque destinataire auquel ces données ont été communiquées, et de m’indiquer qui ils sont. Merci de me confirmer la rectification une fois faite.',
      ],
      reasonPrompt: '[les données à corriger et leurs valeurs exactes]',
    },
    erasure: {
      subject: 'Demande d’effacement de mes données personnelles (article 17 du RGPD) – {site}',
      body: [
        'En application de l’article 17(1) du règlement général sur la protection des données (RGPD), je demande à {company} d’effacer dans les meilleurs délais toutes les données personnelles me concernant, ainsi que mon compte si j’en ai un. Pour tout traitement fondé sur mon consentement, je retire ce consentement (article 7(3)).',
        'Si vous avez rendu mes données publiques, merci de prendre les mesures raisonnables pour informer les autres responsables du traitement qui les traitent que je demande l’effacement de tout lien vers ces données, de toute copie ou reproduction (article 17(2)). Conformément à l’article 19 du RGPD, merci aussi de notifier l’effacement à chaque destinataire de mes données et de m’indiquer qui ils sont.',
        'Si vous estimez qu’une exception de l’article 17(3) s’applique à certaines données, merci de m’indiquer lesquelles et sur quel fondement, et d’effacer les autres. Merci de me confirmer l’effacement une fois fait.',
      ],
    },
    restriction: {
      subject: 'Demande de limitation du traitement (article 18 du RGPD) – {site}',
      body: [
        'En application de l’article 18(1) du règlement général sur la protection des données (RGPD), je demande à {company} de limiter le traitement de mes données personnelles, pour le motif suivant :',
        '{reason}',
        'Pendant la limitation, mes données ne peuvent qu’être conservées, sauf les exceptions de l’article 18(2). Merci de m’informer avant la levée de la limitation (article 18(3)) et de notifier la limitation à chaque destinataire de mes données (article 19).',
      ],
      reasonPrompt:
        '[le motif : je conteste l’exactitude des données (article 18(1)(a)) ; le traitement est illicite et je m’oppose à l’effacement (b) ; vous n’avez plus besoin des données mais elles me sont nécessaires pour un droit en justice (c) ; ou je me suis opposé(e) au traitement et la vérification est en cours (d)]',
    },
    portability: {
      subject: 'Demande de portabilité de mes données (article 20 du RGPD) – {site}',
      body: [
        'En application de l’article 20(1) du règlement général sur la protection des données (RGPD), je demande à {company} de me transmettre les données personnelles me concernant que je vous ai fournies — y compris celles générées par mon utilisation de votre service — dans un format structuré, couramment utilisé et lisible par machine (par exemple JSON ou CSV).',
        'Si je le demande, merci de transmettre ces données directement à un autre responsable du traitement, lorsque c’est techniquement possible (article 20(2)).',
      ],
    },
    objection: {
      subject: 'Opposition au traitement de mes données personnelles (article 21(1) du RGPD) – {site}',
      body: [
        'En application de l’article 21(1) du règlement général sur la protection des données (RGPD), je m’oppose au traitement de mes données personnelles par {company} fondé sur l’article 6(1)(e) ou (f), y compris au profilage fondé sur ces dispositions, pour des raisons tenant à ma situation particulière :',
        '{reason}',
        'Vous devez cesser ce traitement, sauf à démontrer des motifs légitimes et impérieux qui prévalent sur mes intérêts, droits et libertés, ou la nécessité de ce traitement pour la constatation, l’exercice ou la défense de droits en justice. Merci de me confirmer l’arrêt du traitement ou de m’indiquer les motifs que vous invoquez.',
      ],
      reasonPrompt: '[vos raisons, tenant à votre situation particulière]',
    },
    objection_marketing: {
      subject: 'Opposition à la prospection commerciale (article 21(2) du RGPD) – {site}',
      body: [
        'En application de l’article 21(2) du règlement général sur la protection des données (RGPD), je m’oppose au traitement de mes données personnelles par {company} à des fins de prospection, y compris au profilage lié à la prospection. Cette opposition n’a pas à être motivée.',
        'Conformément à l’article 21(3), mes données ne doivent plus être traitées à ces fins. Merci de cesser tout envoi de prospection, par tout canal, de me retirer de toute liste et de tout profil marketing, et de me le confirmer.',
      ],
    },
    withdraw_consent: {
      subject: 'Retrait de mon consentement (article 7(3) du RGPD) – {site}',
      body: [
        'En application de l’article 7(3) du règlement général sur la protection des données (RGPD), je retire mon consentement aux traitements suivants de mes données personnelles par {company} :',
        '{reason}',
        'Il doit être aussi simple de retirer son consentement que de le donner. Merci de cesser tout traitement fondé sur ce consentement, d’effacer les données que vous n’avez pas d’autre base légale pour conserver (article 17(1)(b)), et de me le confirmer.',
      ],
      reasonPrompt: 'tous les consentements que je vous ai donnés, y compris pour les cookies et traceurs, les lettres d’information et la publicité personnalisée',
    },
    objection_partners: {
      subject: 'Opposition à la transmission de mes données à vos partenaires (article 21(2) du RGPD) – {site}',
      body: [
        'Votre politique de confidentialité indique que {company} transmet des données personnelles à des partenaires commerciaux. En application de l’article 21(2) du règlement général sur la protection des données (RGPD), je m’oppose à la transmission de mes données à des partenaires à des fins de prospection et, pour autant que cette transmission repose sur mon consentement, je le retire (article 7(3)).',
        'Conformément à l’article 15(1)(c), merci de m’indiquer le nom de chaque destinataire auquel mes données ont déjà été transmises. Conformément à l’article 19, merci de notifier cette opposition à chacun d’eux, avec ma demande d’effacement de mes données, et de me confirmer qu’aucune donnée ne sera plus transmise.',
      ],
    },
    automated_decision: {
      subject: 'Demande de réexamen humain d’une décision automatisée (article 22(3) du RGPD) – {site}',
      body: [
        'J’ai fait l’objet d’une décision de {company} qui me semble fondée exclusivement sur un traitement automatisé, y compris un profilage, et qui m’affecte de manière significative :',
        '{reason}',
        'En application de l’article 22(3) du règlement général sur la protection des données (RGPD), je demande une intervention humaine de votre part, j’exprime mon point de vue ci-dessus et je conteste cette décision. Conformément à l’article 15(1)(h), merci de me fournir des informations utiles sur la logique sous-jacente, ainsi que l’importance et les conséquences prévues de ce traitement pour moi.',
      ],
      reasonPrompt: '[la décision, sa date, et pourquoi vous la contestez]',
    },
    post_mortem: {
      subject: 'Mes directives relatives à mes données après mon décès (article 85 de la loi Informatique et Libertés) – {site}',
      body: [
        'En application de l’article 85 de la loi n° 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés, je communique à {company} les directives particulières suivantes relatives à la conservation, à l’effacement et à la communication de mes données personnelles après mon décès :',
        '{reason}',
        'Merci d’enregistrer ces directives, de me confirmer leur enregistrement, et de m’indiquer comment je peux les modifier ou les révoquer à tout moment.',
      ],
      reasonPrompt: 'après mon décès, effacer toutes mes données personnelles et clôturer mon compte, et ne communiquer aucune de mes données à des tiers',
    },
    follow_up: {
      subject: 'Relance : ma {originalType} du {originalDate} est restée sans réponse – {site}',
      body: [
        'Le {originalDate}, j’ai adressé à {company}, à l’adresse {contact}, une {originalType}. L’article 12(3) du RGPD vous imposait d’y répondre au plus tard le {originalDue}. Je n’ai reçu aucune réponse, et vous ne m’avez informé(e) ni d’une prolongation ni d’un refus motivé (article 12(4)).',
        'Merci de répondre à ma demande de façon complète au plus tard le {followUpDue}. À défaut, je saisirai l’autorité de contrôle d’une réclamation (article 77 du RGPD). Ma demande initiale est reproduite ci-dessous.',
      ],
    },
    complaint: {
      subject: 'Réclamation au titre de l’article 77 du RGPD contre {company} ({site})',
      body: [
        'J’introduis par la présente auprès de {authority} une réclamation au titre de l’article 77 du règlement général sur la protection des données (RGPD) contre {company}, responsable du traitement du site {site}.',
        'Le {originalDate}, j’ai adressé au responsable du traitement, à l’adresse {contact}, une {originalType}. L’article 12(3) du RGPD lui imposait d’y répondre au plus tard le {originalDue}. {reason}',
        'Je vous demande d’examiner cette réclamation, d’ordonner au responsable du traitement de satisfaire à ma demande (article 58(2)(c) du RGPD) et de m’informer de l’état d’avancement et de l’issue de la réclamation, comme le prévoit l’article 77(2), dans un délai de trois mois (article 78(2)). Je peux vous transmettre ma demande et toute la correspondance échangée.',
      ],
      reasonPrompt: 'Je n’ai reçu aucune réponse, même après une relance.',
    },
  },
};
