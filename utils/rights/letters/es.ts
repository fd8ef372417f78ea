import type { LanguagePack } from './types';

export const es: LanguagePack = {
  locale: 'es-ES',
  greeting: 'Estimados señores:',
  authorityGreeting: 'Estimados señores:',
  closing: 'Atentamente,',
  noId:
    'Les ruego que no me pidan copia de ningún documento de identidad. Según el artículo 12.6 del RGPD, solo pueden solicitar información adicional cuando tengan dudas razonables sobre mi identidad, y el Comité Europeo de Protección de Datos considera desproporcionado exigir copia de un documento de identidad para identificar a una persona con una cuenta en línea (Directrices 01/2022 sobre el derecho de acceso, apartados 73 y 74). Los siguientes identificadores, de los que ya disponen, bastan para encontrar mis datos:',
  labels: { name: 'Nombre', email: 'Correo electrónico', account: 'Identificador de cuenta en {site}', postalAddress: 'Dirección postal' },
  separator: ': ',
  deadline:
    'Conforme al artículo 12.3 del RGPD, deben responder sin dilación indebida y, a más tardar, en el plazo de un mes desde la recepción de esta solicitud, es decir, como muy tarde el {dueDate}. Este plazo solo puede prorrogarse otros dos meses si me lo comunican, indicando los motivos, dentro del primer mes. La respuesta es gratuita (artículo 12.5). Si no tienen intención de atender mi solicitud, deben comunicarme los motivos en el mismo plazo, así como mi derecho a presentar una reclamación ante una autoridad de control (artículo 12.4). Les ruego que me respondan por correo electrónico, ya que les escribo por este medio.',
  requestNames: {
    access: 'solicitud de acceso a mis datos personales (artículo 15 del RGPD)',
    rectification: 'solicitud de rectificación (artículo 16 del RGPD)',
    erasure: 'solicitud de supresión (artículo 17 del RGPD)',
    restriction: 'solicitud de limitación del tratamiento (artículo 18 del RGPD)',
    portability: 'solicitud de portabilidad (artículo 20 del RGPD)',
    objection: 'oposición al tratamiento (artículo 21.1 del RGPD)',
    objection_marketing: 'oposición a la mercadotecnia directa (artículo 21.2 del RGPD)',
    withdraw_consent: 'retirada del consentimiento (artículo 7.3 del RGPD)',
    objection_partners: 'oposición a la cesión de mis datos a socios comerciales (artículo 21.2 del RGPD)',
    automated_decision: 'solicitud de revisión humana de una decisión automatizada (artículo 22.3 del RGPD)',
    post_mortem: 'comunicación de directrices post mortem (artículo 85 de la ley francesa de protección de datos)',
  },
  letters: {
    access: {
      subject: 'Solicitud de acceso a mis datos personales (artículo 15 del RGPD) – {site}',
      body: [
        'Por medio de la presente ejerzo mi derecho de acceso, previsto en el artículo 15 del Reglamento General de Protección de Datos (RGPD), a los datos personales que {company} trata sobre mí.',
        'Les ruego que me confirmen si tratan o no datos personales que me conciernen y, en tal caso, que me faciliten una copia de todos ellos (artículo 15.3), incluidos los datos seudonimizados (artículo 4.5), en un formato electrónico de uso común. Les ruego asimismo que me faciliten la siguiente información (artículo 15.1, letras a) a h)):',
        'a) los fines de cada tratamiento y su base jurídica;\nb) las categorías de datos personales de que se trate;\nc) los destinatarios o las categorías de destinatarios a los que se han comunicado o se comunicarán los datos, en particular, con su nombre, los destinatarios en terceros países u organizaciones internacionales;\nd) el plazo previsto de conservación de los datos o, de no ser posible, los criterios utilizados para determinarlo;\ne) la existencia de mis derechos de rectificación, supresión, limitación del tratamiento y oposición;\nf) mi derecho a presentar una reclamación ante una autoridad de control;\ng) cuando los datos no se hayan obtenido de mí, cualquier información disponible sobre su origen;\nh) la existencia de decisiones automatizadas, incluida la elaboración de perfiles (artículo 22.1 y 22.4), y, en tal caso, información significativa sobre la lógica aplicada, así como la importancia y las consecuencias previstas de dicho tratamiento para mí.',
        'Si mis datos se transfieren a un tercer país o a una organización internacional, les ruego que me informen de las garantías adecuadas conforme al artículo 46 (artículo 15.2).',
      ],
    },
    rectification: {
      subject: 'Solicitud de rectificación de mis datos personales (artículo 16 del RGPD) – {site}',
      body: [
        'Conforme al artículo 16 del Reglamento General de Protección de Datos (RGPD), solicito a {company} que rectifique sin dilación indebida los siguientes datos personales inexactos que me conciernen y que complete los que sean incompletos:',
        '{reason}',
        'Conforme al artículo 19 del RGPD, les ruego que comuniquen la rectificación a cada uno de los destinatarios a los que se hayan comunicado estos datos y que me indiquen quiénes son. Les ruego que me confirmen la rectificación una vez realizada.',
      ],
      reasonPrompt: '[los datos que deben corregirse y sus valores correctos]',
    },
    erasure: {
      subject: 'Solicitud de supresión de mis datos personales (artículo 17 del RGPD) – {site}',
      body: [
        'Conforme al artículo 17.1 del Reglamento General de Protección de Datos (RGPD), solicito a {company} que suprima sin dilación indebida todos los datos personales que me conciernen, así como mi cuenta si la tengo. En la medida en que algún tratamiento se base en mi consentimiento, lo retiro (artículo 7.3).',
        'Si han hecho públicos mis datos, les ruego que adopten medidas razonables para informar a los demás responsables que los traten de que solicito la supresión de cualquier enlace a esos datos y de cualquier copia o réplica de los mismos (artículo 17.2). Conforme al artículo 19 del RGPD, les ruego también que comuniquen la supresión a cada destinatario de mis datos y que me indiquen quiénes son.',
        'Si consideran que alguna excepción del artículo 17.3 se aplica a determinados datos, les ruego que me indiquen cuáles y con qué fundamento jurídico, y que supriman los demás. Les ruego que me confirmen la supresión una vez realizada.',
      ],
    },
    restriction: {
      subject: 'Solicitud de limitación del tratamiento (artículo 18 del RGPD) – {site}',
      body: [
        'Conforme al artículo 18.1 del Reglamento General de Protección de Datos (RGPD), solicito a {company} que limite el tratamiento de mis datos personales por el siguiente motivo:',
        '{reason}',
        'Mientras dure la limitación, mis datos solo podrán ser conservados, salvo las excepciones del artículo 18.2. Les ruego que me informen antes de levantar la limitación (artículo 18.3) y que la comuniquen a cada destinatario de mis datos (artículo 19).',
      ],
      reasonPrompt:
        '[el motivo: impugno la exactitud de los datos (artículo 18.1.a); el tratamiento es ilícito y me opongo a la supresión (b); ya no necesitan los datos, pero yo los necesito para reclamaciones (c); o me he opuesto al tratamiento y la verificación está pendiente (d)]',
    },
    portability: {
      subject: 'Solicitud de portabilidad de mis datos (artículo 20 del RGPD) – {site}',
      body: [
        'Conforme al artículo 20.1 del Reglamento General de Protección de Datos (RGPD), solicito a {company} que me facilite los datos personales que me conciernen y que les he proporcionado —incluidos los generados por mi uso de su servicio— en un formato estructurado, de uso común y lectura mecánica (por ejemplo, JSON o CSV).',
        'Si así lo solicito, les ruego que transmitan estos datos directamente a otro responsable del tratamiento cuando sea técnicamente posible (artículo 20.2).',
      ],
    },
    objection: {
      subject: 'Oposición al tratamiento de mis datos personales (artículo 21.1 del RGPD) – {site}',
      body: [
        'Conforme al artículo 21.1 del Reglamento General de Protección de Datos (RGPD), me opongo al tratamiento de mis datos personales por parte de {company} basado en el artículo 6.1, letras e) o f), incluida la elaboración de perfiles sobre la base de dichas disposiciones, por motivos relacionados con mi situación particular:',
        '{reason}',
        'Deben dejar de tratar mis datos, salvo que acrediten motivos legítimos imperiosos que prevalezcan sobre mis intereses, derechos y libertades, o que el tratamiento sea necesario para la formulación, el ejercicio o la defensa de reclamaciones. Les ruego que me confirmen el cese del tratamiento o que me indiquen los motivos que invocan.',
      ],
      reasonPrompt: '[sus motivos, relacionados con su situación particular]',
    },
    objection_marketing: {
      subject: 'Oposición a la mercadotecnia directa (artículo 21.2 del RGPD) – {site}',
      body: [
        'Conforme al artículo 21.2 del Reglamento General de Protección de Datos (RGPD), me opongo al tratamiento de mis datos personales por parte de {company} con fines de mercadotecnia directa, incluida la elaboración de perfiles relacionada con dicha mercadotecnia. Esta oposición no requiere motivación.',
        'Conforme al artículo 21.3, mis datos personales dejarán de ser tratados para dichos fines. Les ruego que dejen de enviarme comunicaciones comerciales por cualquier canal, que me eliminen de toda lista y perfil comercial y que me lo confirmen.',
      ],
    },
    withdraw_consent: {
      subject: 'Retirada de mi consentimiento (artículo 7.3 del RGPD) – {site}',
      body: [
        'Conforme al artículo 7.3 del Reglamento General de Protección de Datos (RGPD), retiro mi consentimiento a los siguientes tratamientos de mis datos personales por parte de {company}:',
        '{reason}',
        'Retirar el consentimiento debe ser tan fácil como darlo. Les ruego que cesen todo tratamiento basado en este consentimiento, que supriman los datos que no tengan otra base jurídica para conservar (artículo 17.1.b) y que me lo confirmen.',
      ],
      reasonPrompt: 'todos los consentimientos que les he dado, incluidos los relativos a cookies y rastreadores, boletines y publicidad personalizada',
    },
    objection_partners: {
      subject: 'Oposición a la cesión de mis datos personales a socios (artículo 21.2 del RGPD) – {site}',
      body: [
        'Su política de privacidad indica que {company} cede datos personales a socios comerciales. Conforme al artículo 21.2 del Reglamento General de Protección de Datos (RGPD), me opongo a la cesión de mis datos a socios con fines de mercadotecnia directa y, en la medida en que esta cesión se base en mi consentimiento, lo retiro (artículo 7.3).',
        'Conforme al artículo 15.1.c), les ruego que me indiquen el nombre de cada destinatario al que ya se hayan cedido mis datos. Conforme al artículo 19, les ruego que comuniquen esta oposición a cada uno de ellos, junto con mi solicitud de supresión de mis datos, y que me confirmen que no se cederán más datos.',
      ],
    },
    automated_decision: {
      subject: 'Solicitud de revisión humana de una decisión automatizada (artículo 22.3 del RGPD) – {site}',
      body: [
        'He sido objeto de una decisión de {company} que considero basada únicamente en un tratamiento automatizado, incluida la elaboración de perfiles, y que me afecta significativamente:',
        '{reason}',
        'Conforme al artículo 22.3 del Reglamento General de Protección de Datos (RGPD), solicito la intervención humana por su parte, expreso mi punto de vista más arriba e impugno la decisión. Conforme al artículo 15.1.h), les ruego que me faciliten información significativa sobre la lógica aplicada, así como la importancia y las consecuencias previstas de este tratamiento para mí.',
      ],
      reasonPrompt: '[la decisión, su fecha y por qué no está de acuerdo con ella]',
    },
    post_mortem: {
      subject: 'Mis directrices sobre mis datos después de mi fallecimiento (artículo 85 de la ley francesa de protección de datos) – {site}',
      body: [
        'Conforme al artículo 85 de la ley francesa de protección de datos (Loi n° 78-17 du 6 janvier 1978, « Informatique et Libertés »), comunico a {company} las siguientes directrices particulares sobre la conservación, la supresión y la comunicación de mis datos personales después de mi fallecimiento:',
        '{reason}',
        'Les ruego que registren estas directrices, que me confirmen su registro y que me indiquen cómo puedo modificarlas o revocarlas en cualquier momento.',
      ],
      reasonPrompt: 'tras mi fallecimiento, suprimir todos mis datos personales y cerrar mi cuenta, y no comunicar ninguno de mis datos a terceros',
    },
    follow_up: {
      subject: 'Recordatorio: mi {originalType} del {originalDate} sigue sin respuesta – {site}',
      body: [
        'El {originalDate} envié a {company}, a la dirección {contact}, una {originalType}. Conforme al artículo 12.3 del RGPD, debían responder a más tardar el {originalDue}. No he recibido respuesta alguna, y no me han comunicado ni una prórroga ni una negativa motivada (artículo 12.4).',
        'Les ruego que respondan a mi solicitud de forma completa a más tardar el {followUpDue}. En caso contrario, presentaré una reclamación ante la autoridad de control (artículo 77 del RGPD). Reproduzco a continuación mi solicitud inicial.',
      ],
    },
    complaint: {
      subject: 'Reclamación conforme al artículo 77 del RGPD contra {company} ({site})',
      body: [
        'Por medio de la presente presento ante {authority} una reclamación conforme al artículo 77 del Reglamento General de Protección de Datos (RGPD) contra {company}, responsable del tratamiento del sitio web {site}.',
        'El {originalDate} envié al responsable, a la dirección {contact}, una {originalType}. Conforme al artículo 12.3 del RGPD, debía responder a más tardar el {originalDue}. {reason}',
        'Les ruego que examinen esta reclamación, que ordenen al responsable atender mi solicitud (artículo 58.2.c del RGPD) y que me informen del curso y del resultado de la reclamación, como prevé el artículo 77.2, en un plazo de tres meses (artículo 78.2). Puedo remitirles mi solicitud y toda la correspondencia mantenida.',
      ],
      reasonPrompt: 'No he recibido ninguna respuesta, ni siquiera tras un recordatorio.',
    },
  },
};
