import type { LanguagePack } from './types';

export const it: LanguagePack = {
  locale: 'it-IT',
  greeting: 'Gentili Signore e Signori,',
  authorityGreeting: 'Spettabile Autorità,',
  closing: 'Distinti saluti,',
  noId:
    'Vi prego di non chiedermi copia di un documento d’identità. Ai sensi dell’articolo 12, paragrafo 6, del RGPD potete chiedere informazioni ulteriori solo in presenza di ragionevoli dubbi sulla mia identità, e il Comitato europeo per la protezione dei dati ritiene sproporzionata la copia di un documento d’identità per identificare una persona titolare di un account online (Linee guida 01/2022 sul diritto di accesso, punti 73 e 74). I seguenti identificativi, di cui disponete già, bastano a ritrovare i miei dati:',
  labels: { name: 'Nome', email: 'Indirizzo e-mail', account: 'Identificativo dell’account su {site}', postalAddress: 'Indirizzo postale' },
  separator: ': ',
  deadline:
    'Ai sensi dell’articolo 12, paragrafo 3, del RGPD dovete rispondere senza ingiustificato ritardo e comunque entro un mese dal ricevimento della richiesta, cioè entro il {dueDate}. Tale termine può essere prorogato di due mesi solo se me ne informate, indicando i motivi, entro il primo mese. La risposta è gratuita (articolo 12, paragrafo 5). Se non intendete dare seguito alla mia richiesta, dovete comunicarmene i motivi entro lo stesso termine, insieme alla possibilità di proporre reclamo a un’autorità di controllo (articolo 12, paragrafo 4). Vi prego di rispondermi per e-mail, poiché vi scrivo per e-mail.',
  requestNames: {
    access: 'richiesta di accesso ai miei dati personali (articolo 15 del RGPD)',
    rectification: 'richiesta di rettifica (articolo 16 del RGPD)',
    erasure: 'richiesta di cancellazione (articolo 17 del RGPD)',
    restriction: 'richiesta di limitazione del trattamento (articolo 18 del RGPD)',
    portability: 'richiesta di portabilità (articolo 20 del RGPD)',
    objection: 'opposizione al trattamento (articolo 21, paragrafo 1, del RGPD)',
    objection_marketing: 'opposizione al marketing diretto (articolo 21, paragrafo 2, del RGPD)',
    withdraw_consent: 'revoca del consenso (articolo 7, paragrafo 3, del RGPD)',
    objection_partners: 'opposizione alla comunicazione dei miei dati a partner (articolo 21, paragrafo 2, del RGPD)',
    automated_decision: 'richiesta di riesame umano di una decisione automatizzata (articolo 22, paragrafo 3, del RGPD)',
    post_mortem: 'comunicazione di disposizioni post mortem (articolo 85 della legge francese sulla protezione dei dati)',
  },
  letters: {
    access: {
      subject: 'Richiesta di accesso ai miei dati personali (articolo 15 del RGPD) – {site}',
      body: [
        'con la presente esercito il diritto di accesso, previsto dall’articolo 15 del Regolamento generale sulla protezione dei dati (RGPD), ai dati personali che {company} tratta su di me.',
        'Vi prego di confermarmi se è in corso o meno un trattamento di dati personali che mi riguardano e, in tal caso, di fornirmene una copia completa (articolo 15, paragrafo 3), compresi i dati pseudonimizzati (articolo 4, paragrafo 5), in un formato elettronico di uso comune. Vi prego inoltre di fornirmi le seguenti informazioni (articolo 15, paragrafo 1, lettere da a) a h)):',
        'a) le finalità di ciascun trattamento e la relativa base giuridica;\nb) le categorie di dati personali in questione;\nc) i destinatari o le categorie di destinatari a cui i dati sono stati o saranno comunicati, in particolare, nominativamente, i destinatari di paesi terzi o organizzazioni internazionali;\nd) il periodo di conservazione previsto o, se non è possibile, i criteri utilizzati per determinarlo;\ne) l’esistenza dei miei diritti di rettifica, cancellazione, limitazione del trattamento e opposizione;\nf) il mio diritto di proporre reclamo a un’autorità di controllo;\ng) qualora i dati non siano stati raccolti presso di me, tutte le informazioni disponibili sulla loro origine;\nh) l’esistenza di un processo decisionale automatizzato, compresa la profilazione (articolo 22, paragrafi 1 e 4), e in tal caso informazioni significative sulla logica utilizzata, nonché l’importanza e le conseguenze previste di tale trattamento per me.',
        'Se i miei dati sono trasferiti verso un paese terzo o un’organizzazione internazionale, vi prego di informarmi delle garanzie adeguate di cui all’articolo 46 (articolo 15, paragrafo 2).',
      ],
    },
    rectification: {
      subject: 'Richiesta di rettifica dei miei dati personali (articolo 16 del RGPD) – {site}',
      body: [
        'ai sensi dell’articolo 16 del Regolamento generale sulla protezione dei dati (RGPD), chiedo a {company} di rettificare senza ingiustificato ritardo i seguenti dati personali inesatti che mi riguardano e di integrare quelli incompleti:',
        '{reason}',
        'Ai sensi dell’articolo 19 del RGPD, vi prego di comunicare la rettifica a ciascun destinatario cui tali dati sono stati trasmessi e di indicarmi chi sono. Vi prego di confermarmi la rettifica una volta eseguita.',
      ],
      reasonPrompt: '[i dati da correggere e i valori esatti]',
    },
    erasure: {
      subject: 'Richiesta di cancellazione dei miei dati personali (articolo 17 del RGPD) – {site}',
      body: [
        'ai sensi dell’articolo 17, paragrafo 1, del Regolamento generale sulla protezione dei dati (RGPD), chiedo a {company} di cancellare senza ingiustificato ritardo tutti i dati personali che mi riguardano, nonché il mio account se ne ho uno. Per ogni trattamento basato sul mio consenso, revoco tale consenso (articolo 7, paragrafo 3).',
        'Se avete reso pubblici i miei dati, vi prego di adottare misure ragionevoli per informare gli altri titolari che li trattano della mia richiesta di cancellare qualsiasi link, copia o riproduzione di tali dati (articolo 17, paragrafo 2). Ai sensi dell’articolo 19 del RGPD, vi prego inoltre di comunicare la cancellazione a ciascun destinatario dei miei dati e di indicarmi chi sono.',
        'Se ritenete che un’eccezione dell’articolo 17, paragrafo 3, si applichi a determinati dati, vi prego di indicarmi quali e su quale base giuridica, e di cancellare gli altri. Vi prego di confermarmi la cancellazione una volta eseguita.',
      ],
    },
    restriction: {
      subject: 'Richiesta di limitazione del trattamento (articolo 18 del RGPD) – {site}',
      body: [
        'ai sensi dell’articolo 18, paragrafo 1, del Regolamento generale sulla protezione dei dati (RGPD), chiedo a {company} di limitare il trattamento dei miei dati personali per il seguente motivo:',
        '{reason}',
        'Durante la limitazione, i miei dati possono soltanto essere conservati, salve le eccezioni dell’articolo 18, paragrafo 2. Vi prego di informarmi prima della revoca della limitazione (articolo 18, paragrafo 3) e di comunicarla a ciascun destinatario dei miei dati (articolo 19).',
      ],
      reasonPrompt:
        '[il motivo: contesto l’esattezza dei dati (articolo 18, paragrafo 1, lettera a); il trattamento è illecito e mi oppongo alla cancellazione (b); i dati non vi servono più ma servono a me per un diritto in sede giudiziaria (c); oppure mi sono opposto al trattamento e la verifica è in corso (d)]',
    },
    portability: {
      subject: 'Richiesta di portabilità dei miei dati (articolo 20 del RGPD) – {site}',
      body: [
        'ai sensi dell’articolo 20, paragrafo 1, del Regolamento generale sulla protezione dei dati (RGPD), chiedo a {company} di trasmettermi i dati personali che mi riguardano e che vi ho fornito — compresi quelli generati dal mio uso del vostro servizio — in un formato strutturato, di uso comune e leggibile da dispositivo automatico (ad esempio JSON o CSV).',
        'Se lo richiedo, vi prego di trasmettere tali dati direttamente a un altro titolare del trattamento, se tecnicamente fattibile (articolo 20, paragrafo 2).',
      ],
    },
    objection: {
      subject: 'Opposizione al trattamento dei miei dati personali (articolo 21, paragrafo 1, del RGPD) – {site}',
      body: [
        'ai sensi dell’articolo 21, paragrafo 1, del Regolamento generale sulla protezione dei dati (RGPD), mi oppongo al trattamento dei miei dati personali da parte di {company} basato sull’articolo 6, paragrafo 1, lettere e) o f), compresa la profilazione sulla base di tali disposizioni, per motivi connessi alla mia situazione particolare:',
        '{reason}',
        'Dovete astenervi dal trattare ulteriormente i miei dati, salvo che dimostriate l’esistenza di motivi legittimi cogenti che prevalgono sui miei interessi, diritti e libertà, oppure che il trattamento serva per l’accertamento, l’esercizio o la difesa di un diritto in sede giudiziaria. Vi prego di confermarmi la cessazione del trattamento o di indicarmi i motivi che invocate.',
      ],
      reasonPrompt: '[i vostri motivi, connessi alla vostra situazione particolare]',
    },
    objection_marketing: {
      subject: 'Opposizione al marketing diretto (articolo 21, paragrafo 2, del RGPD) – {site}',
      body: [
        'ai sensi dell’articolo 21, paragrafo 2, del Regolamento generale sulla protezione dei dati (RGPD), mi oppongo al trattamento dei miei dati personali da parte di {company} per finalità di marketing diretto, compresa la profilazione connessa a tale marketing. Questa opposizione non richiede motivazione.',
        'Ai sensi dell’articolo 21, paragrafo 3, i miei dati non devono più essere trattati per tali finalità. Vi prego di cessare ogni invio promozionale, con qualsiasi mezzo, di eliminarmi da ogni lista e profilo di marketing e di confermarmelo.',
      ],
    },
    withdraw_consent: {
      subject: 'Revoca del mio consenso (articolo 7, paragrafo 3, del RGPD) – {site}',
      body: [
        'ai sensi dell’articolo 7, paragrafo 3, del Regolamento generale sulla protezione dei dati (RGPD), revoco il mio consenso ai seguenti trattamenti dei miei dati personali da parte di {company}:',
        '{reason}',
        'Revocare il consenso deve essere facile quanto prestarlo. Vi prego di cessare ogni trattamento basato su tale consenso, di cancellare i dati che non avete altra base giuridica per conservare (articolo 17, paragrafo 1, lettera b) e di confermarmelo.',
      ],
      reasonPrompt: 'tutti i consensi che vi ho prestato, compresi quelli per cookie e strumenti di tracciamento, newsletter e pubblicità personalizzata',
    },
    objection_partners: {
      subject: 'Opposizione alla comunicazione dei miei dati ai partner (articolo 21, paragrafo 2, del RGPD) – {site}',
      body: [
        'la vostra informativa sulla privacy indica che {company} comunica dati personali a partner commerciali. Ai sensi dell’articolo 21, paragrafo 2, del Regolamento generale sulla protezione dei dati (RGPD), mi oppongo alla comunicazione dei miei dati a partner per il loro marketing diretto e, nella misura in cui tale comunicazione si basa sul mio consenso, lo revoco (articolo 7, paragrafo 3).',
        'Ai sensi dell’articolo 15, paragrafo 1, lettera c), vi prego di indicarmi il nome di ciascun destinatario cui i miei dati sono già stati comunicati. Ai sensi dell’articolo 19, vi prego di comunicare a ciascuno di essi questa opposizione e la mia richiesta di cancellazione dei miei dati, e di confermarmi che non saranno comunicati altri dati.',
      ],
    },
    automated_decision: {
      subject: 'Richiesta di riesame umano di una decisione automatizzata (articolo 22, paragrafo 3, del RGPD) – {site}',
      body: [
        'sono stato destinatario di una decisione di {company} che ritengo basata unicamente su un trattamento automatizzato, compresa la profilazione, e che mi riguarda in modo significativo:',
        '{reason}',
        'Ai sensi dell’articolo 22, paragrafo 3, del Regolamento generale sulla protezione dei dati (RGPD), chiedo l’intervento umano da parte vostra, esprimo sopra la mia opinione e contesto la decisione. Ai sensi dell’articolo 15, paragrafo 1, lettera h), vi prego di fornirmi informazioni significative sulla logica utilizzata, nonché l’importanza e le conseguenze previste di tale trattamento per me.',
      ],
      reasonPrompt: '[la decisione, la sua data e perché non siete d’accordo]',
    },
    post_mortem: {
      subject: 'Le mie disposizioni sui miei dati dopo la mia morte (articolo 85 della legge francese sulla protezione dei dati) – {site}',
      body: [
        'ai sensi dell’articolo 85 della legge francese sulla protezione dei dati (Loi n° 78-17 du 6 janvier 1978, « Informatique et Libertés »), comunico a {company} le seguenti disposizioni particolari sulla conservazione, la cancellazione e la comunicazione dei miei dati personali dopo la mia morte:',
        '{reason}',
        'Vi prego di registrare queste disposizioni, di confermarmene la registrazione e di indicarmi come posso modificarle o revocarle in qualsiasi momento.',
      ],
      reasonPrompt: 'dopo la mia morte, cancellare tutti i miei dati personali e chiudere il mio account, e non comunicare alcuno dei miei dati a terzi',
    },
    follow_up: {
      subject: 'Sollecito: la mia {originalType} del {originalDate} è rimasta senza risposta – {site}',
      body: [
        'il {originalDate} ho inviato a {company}, all’indirizzo {contact}, una {originalType}. Ai sensi dell’articolo 12, paragrafo 3, del RGPD dovevate rispondere entro il {originalDue}. Non ho ricevuto alcuna risposta, né mi avete comunicato una proroga o un rifiuto motivato (articolo 12, paragrafo 4).',
        'Vi prego di rispondere in modo completo alla mia richiesta entro il {followUpDue}. In mancanza, proporrò reclamo all’autorità di controllo (articolo 77 del RGPD). Riporto qui sotto la mia richiesta iniziale.',
      ],
    },
    complaint: {
      subject: 'Reclamo ai sensi dell’articolo 77 del RGPD contro {company} ({site})',
      body: [
        'con la presente propongo a {authority} reclamo ai sensi dell’articolo 77 del Regolamento generale sulla protezione dei dati (RGPD) contro {company}, titolare del trattamento del sito {site}.',
        'Il {originalDate} ho inviato al titolare, all’indirizzo {contact}, una {originalType}. Ai sensi dell’articolo 12, paragrafo 3, del RGPD doveva rispondere entro il {originalDue}. {reason}',
        'Vi chiedo di esaminare questo reclamo, di ingiungere al titolare di soddisfare la mia richiesta (articolo 58, paragrafo 2, lettera c), del RGPD) e di informarmi dello stato e dell’esito del reclamo, come prevede l’articolo 77, paragrafo 2, entro tre mesi (articolo 78, paragrafo 2). Posso trasmettervi la mia richiesta e tutta la corrispondenza intercorsa.',
      ],
      reasonPrompt: 'Non ho ricevuto alcuna risposta, nemmeno dopo un sollecito.',
    },
  },
};
