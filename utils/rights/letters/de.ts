import type { LanguagePack } from './types';

export const de: LanguagePack = {
  locale: 'de-DE',
  greeting: 'Sehr geehrte Damen und Herren,',
  authorityGreeting: 'Sehr geehrte Damen und Herren,',
  closing: 'Mit freundlichen Grüßen',
  noId:
    'Bitte verlangen Sie keine Kopie eines Ausweisdokuments. Nach Art. 12 Abs. 6 DSGVO dürfen Sie zusätzliche Informationen nur bei begründeten Zweifeln an meiner Identität anfordern, und der Europäische Datenschutzausschuss hält eine Ausweiskopie zur Identifizierung einer Person mit Online-Konto für unverhältnismäßig (Leitlinien 01/2022 zum Auskunftsrecht, Rn. 73–74). Die folgenden Angaben, die Ihnen bereits vorliegen, genügen, um meine Daten zu finden:',
  labels: { name: 'Name', email: 'E-Mail-Adresse', account: 'Kundenkonto bei {site}', postalAddress: 'Postanschrift' },
  separator: ': ',
  deadline:
    'Nach Art. 12 Abs. 3 DSGVO müssen Sie unverzüglich, spätestens aber innerhalb eines Monats nach Eingang antworten, also bis zum {dueDate}. Diese Frist können Sie nur um zwei weitere Monate verlängern, wenn Sie mich innerhalb des ersten Monats unter Angabe der Gründe darüber unterrichten. Die Antwort ist unentgeltlich (Art. 12 Abs. 5 DSGVO). Wenn Sie meinem Antrag nicht nachkommen wollen, müssen Sie mir innerhalb derselben Frist die Gründe und mein Recht auf Beschwerde bei einer Aufsichtsbehörde mitteilen (Art. 12 Abs. 4 DSGVO). Bitte antworten Sie per E-Mail, da ich Ihnen per E-Mail schreibe.',
  requestNames: {
    access: 'Auskunftsersuchen nach Art. 15 DSGVO',
    rectification: 'Antrag auf Berichtigung nach Art. 16 DSGVO',
    erasure: 'Antrag auf Löschung nach Art. 17 DSGVO',
    restriction: 'Antrag auf Einschränkung der Verarbeitung nach Art. 18 DSGVO',
    portability: 'Antrag auf Datenübertragung nach Art. 20 DSGVO',
    objection: 'Widerspruch nach Art. 21 Abs. 1 DSGVO',
    objection_marketing: 'Widerspruch gegen Direktwerbung nach Art. 21 Abs. 2 DSGVO',
    withdraw_consent: 'Widerruf meiner Einwilligung nach Art. 7 Abs. 3 DSGVO',
    objection_partners: 'Widerspruch gegen die Weitergabe meiner Daten an Partner nach Art. 21 Abs. 2 DSGVO',
    automated_decision: 'Antrag auf Überprüfung einer automatisierten Entscheidung nach Art. 22 Abs. 3 DSGVO',
    post_mortem: 'Verfügungen für den Todesfall nach Art. 85 des französischen Datenschutzgesetzes',
  },
  letters: {
    access: {
      subject: 'Auskunftsersuchen nach Art. 15 DSGVO – {site}',
      body: [
        'hiermit mache ich mein Recht auf Auskunft nach Art. 15 der Datenschutz-Grundverordnung (DSGVO) über die personenbezogenen Daten geltend, die {company} über mich verarbeitet.',
        'Bitte bestätigen Sie mir, ob Sie mich betreffende personenbezogene Daten verarbeiten, und stellen Sie mir gegebenenfalls eine vollständige Kopie dieser Daten zur Verfügung (Art. 15 Abs. 3 DSGVO), pseudonymisierte Daten eingeschlossen (Art. 4 Nr. 5 DSGVO), in einem gängigen elektronischen Format. Bitte teilen Sie mir außerdem Folgendes mit (Art. 15 Abs. 1 lit. a bis h DSGVO):',
        'a) die Verarbeitungszwecke und die jeweilige Rechtsgrundlage;\nb) die Kategorien personenbezogener Daten, die verarbeitet werden;\nc) die Empfänger oder Kategorien von Empfängern, denen die Daten offengelegt worden sind oder noch offengelegt werden, insbesondere namentlich die Empfänger in Drittländern oder bei internationalen Organisationen;\nd) die geplante Speicherdauer oder, falls das nicht möglich ist, die Kriterien für ihre Festlegung;\ne) das Bestehen meiner Rechte auf Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch;\nf) mein Beschwerderecht bei einer Aufsichtsbehörde;\ng) wenn die Daten nicht bei mir erhoben wurden, alle verfügbaren Informationen über ihre Herkunft;\nh) das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling (Art. 22 Abs. 1 und 4 DSGVO) und in diesem Fall aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen einer derartigen Verarbeitung für mich.',
        'Werden meine Daten an ein Drittland oder eine internationale Organisation übermittelt, teilen Sie mir bitte die geeigneten Garantien gemäß Art. 46 DSGVO mit (Art. 15 Abs. 2 DSGVO).',
      ],
    },
    rectification: {
      subject: 'Antrag auf Berichtigung meiner personenbezogenen Daten nach Art. 16 DSGVO – {site}',
      body: [
        'nach Art. 16 der Datenschutz-Grundverordnung (DSGVO) verlange ich von {company} die unverzügliche Berichtigung der folgenden unrichtigen und die Vervollständigung der unvollständigen personenbezogenen Daten über mich:',
        '{reason}',
        'Bitte teilen Sie die Berichtigung nach Art. 19 DSGVO allen Empfängern mit, denen diese Daten offengelegt wurden, und nennen Sie mir diese Empfänger. Bitte bestätigen Sie mir die Berichtigung.',
      ],
      reasonPrompt: '[die zu berichtigenden Daten und ihre richtigen Werte]',
    },
    erasure: {
      subject: 'Antrag auf Löschung meiner personenbezogenen Daten nach Art. 17 DSGVO – {site}',
      body: [
        'nach Art. 17 Abs. 1 der Datenschutz-Grundverordnung (DSGVO) verlange ich von {company} die unverzügliche Löschung aller mich betreffenden personenbezogenen Daten sowie gegebenenfalls meines Kontos. Soweit eine Verarbeitung auf meiner Einwilligung beruht, widerrufe ich diese (Art. 7 Abs. 3 DSGVO).',
        'Haben Sie meine Daten öffentlich gemacht, treffen Sie bitte angemessene Maßnahmen, um andere Verantwortliche, die diese Daten verarbeiten, darüber zu informieren, dass ich die Löschung aller Links zu diesen Daten sowie von Kopien oder Replikationen verlange (Art. 17 Abs. 2 DSGVO). Bitte teilen Sie die Löschung außerdem nach Art. 19 DSGVO allen Empfängern meiner Daten mit und nennen Sie mir diese.',
        'Sollte für einzelne Daten eine Ausnahme nach Art. 17 Abs. 3 DSGVO greifen, nennen Sie mir bitte diese Daten und die Rechtsgrundlage, und löschen Sie die übrigen. Bitte bestätigen Sie mir die Löschung.',
      ],
    },
    restriction: {
      subject: 'Antrag auf Einschränkung der Verarbeitung nach Art. 18 DSGVO – {site}',
      body: [
        'nach Art. 18 Abs. 1 der Datenschutz-Grundverordnung (DSGVO) verlange ich von {company} die Einschränkung der Verarbeitung meiner personenbezogenen Daten aus folgendem Grund:',
        '{reason}',
        'Während der Einschränkung dürfen meine Daten, von den Ausnahmen des Art. 18 Abs. 2 DSGVO abgesehen, nur gespeichert werden. Bitte unterrichten Sie mich, bevor die Einschränkung aufgehoben wird (Art. 18 Abs. 3 DSGVO), und teilen Sie sie allen Empfängern meiner Daten mit (Art. 19 DSGVO).',
      ],
      reasonPrompt:
        '[der Grund: ich bestreite die Richtigkeit der Daten (Art. 18 Abs. 1 lit. a); die Verarbeitung ist unrechtmäßig und ich lehne die Löschung ab (lit. b); Sie benötigen die Daten nicht mehr, ich aber zur Geltendmachung von Rechtsansprüchen (lit. c); oder ich habe Widerspruch eingelegt und die Abwägung steht aus (lit. d)]',
    },
    portability: {
      subject: 'Antrag auf Datenübertragung nach Art. 20 DSGVO – {site}',
      body: [
        'nach Art. 20 Abs. 1 der Datenschutz-Grundverordnung (DSGVO) verlange ich von {company} die mich betreffenden personenbezogenen Daten, die ich Ihnen bereitgestellt habe – einschließlich der durch meine Nutzung Ihres Dienstes erzeugten Daten –, in einem strukturierten, gängigen und maschinenlesbaren Format (zum Beispiel JSON oder CSV).',
        'Auf meinen Wunsch übermitteln Sie diese Daten bitte, soweit technisch machbar, direkt an einen anderen Verantwortlichen (Art. 20 Abs. 2 DSGVO).',
      ],
    },
    objection: {
      subject: 'Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten nach Art. 21 Abs. 1 DSGVO – {site}',
      body: [
        'nach Art. 21 Abs. 1 der Datenschutz-Grundverordnung (DSGVO) widerspreche ich der Verarbeitung meiner personenbezogenen Daten durch {company}, die auf Art. 6 Abs. 1 lit. e oder f DSGVO beruht, einschließlich eines darauf gestützten Profilings, aus Gründen, die sich aus meiner besonderen Situation ergeben:',
        '{reason}',
        'Sie müssen diese Verarbeitung einstellen, es sei denn, Sie weisen zwingende schutzwürdige Gründe nach, die meine Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen. Bitte bestätigen Sie mir die Einstellung oder nennen Sie mir Ihre Gründe.',
      ],
      reasonPrompt: '[Ihre Gründe, die sich aus Ihrer besonderen Situation ergeben]',
    },
    objection_marketing: {
      subject: 'Widerspruch gegen Direktwerbung nach Art. 21 Abs. 2 DSGVO – {site}',
      body: [
        'nach Art. 21 Abs. 2 der Datenschutz-Grundverordnung (DSGVO) widerspreche ich der Verarbeitung meiner personenbezogenen Daten durch {company} zum Zwecke der Direktwerbung, einschließlich des damit verbundenen Profilings. Dieser Widerspruch bedarf keiner Begründung.',
        'Nach Art. 21 Abs. 3 DSGVO dürfen meine Daten nicht mehr für diese Zwecke verarbeitet werden. Bitte stellen Sie jede Werbung an mich über jeden Kanal ein, entfernen Sie mich aus allen Werbelisten und -profilen und bestätigen Sie mir dies.',
      ],
    },
    withdraw_consent: {
      subject: 'Widerruf meiner Einwilligung nach Art. 7 Abs. 3 DSGVO – {site}',
      body: [
        'nach Art. 7 Abs. 3 der Datenschutz-Grundverordnung (DSGVO) widerrufe ich meine Einwilligung in die folgende Verarbeitung meiner personenbezogenen Daten durch {company}:',
        '{reason}',
        'Der Widerruf muss so einfach sein wie die Erteilung. Bitte stellen Sie jede auf dieser Einwilligung beruhende Verarbeitung ein, löschen Sie die Daten, für deren Speicherung keine andere Rechtsgrundlage besteht (Art. 17 Abs. 1 lit. b DSGVO), und bestätigen Sie mir dies.',
      ],
      reasonPrompt: 'alle Einwilligungen, die ich Ihnen erteilt habe, auch für Cookies und ähnliche Technologien, Newsletter und personalisierte Werbung',
    },
    objection_partners: {
      subject: 'Widerspruch gegen die Weitergabe meiner Daten an Partner nach Art. 21 Abs. 2 DSGVO – {site}',
      body: [
        'laut Ihrer Datenschutzerklärung gibt {company} personenbezogene Daten an Geschäftspartner weiter. Nach Art. 21 Abs. 2 der Datenschutz-Grundverordnung (DSGVO) widerspreche ich der Weitergabe meiner Daten an Partner zu deren Direktwerbung, und soweit diese Weitergabe auf meiner Einwilligung beruht, widerrufe ich sie (Art. 7 Abs. 3 DSGVO).',
        'Bitte nennen Sie mir nach Art. 15 Abs. 1 lit. c DSGVO jeden Empfänger, an den meine Daten bereits weitergegeben wurden. Bitte teilen Sie jedem von ihnen nach Art. 19 DSGVO diesen Widerspruch und mein Verlangen nach Löschung mit, und bestätigen Sie mir, dass keine weiteren Daten weitergegeben werden.',
      ],
    },
    automated_decision: {
      subject: 'Antrag auf Überprüfung einer automatisierten Entscheidung nach Art. 22 Abs. 3 DSGVO – {site}',
      body: [
        'ich bin von einer Entscheidung von {company} betroffen, die meines Erachtens ausschließlich auf einer automatisierten Verarbeitung einschließlich Profiling beruht und mich erheblich beeinträchtigt:',
        '{reason}',
        'Nach Art. 22 Abs. 3 der Datenschutz-Grundverordnung (DSGVO) verlange ich das Eingreifen einer Person seitens des Verantwortlichen, lege oben meinen Standpunkt dar und fechte die Entscheidung an. Bitte geben Sie mir nach Art. 15 Abs. 1 lit. h DSGVO aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen dieser Verarbeitung für mich.',
      ],
      reasonPrompt: '[die Entscheidung, ihr Datum und warum Sie ihr widersprechen]',
    },
    post_mortem: {
      subject: 'Meine Verfügungen über meine Daten nach meinem Tod (Art. 85 des französischen Datenschutzgesetzes) – {site}',
      body: [
        'nach Art. 85 des französischen Datenschutzgesetzes (Loi n° 78-17 du 6 janvier 1978, « Informatique et Libertés ») erteile ich {company} folgende besondere Verfügungen über die Aufbewahrung, Löschung und Weitergabe meiner personenbezogenen Daten nach meinem Tod:',
        '{reason}',
        'Bitte speichern Sie diese Verfügungen, bestätigen Sie mir dies und teilen Sie mir mit, wie ich sie jederzeit ändern oder widerrufen kann.',
      ],
      reasonPrompt: 'nach meinem Tod alle meine personenbezogenen Daten löschen und mein Konto schließen, und keine meiner Daten an Dritte weitergeben',
    },
    follow_up: {
      subject: 'Erinnerung: mein Schreiben vom {originalDate} ({originalType}) ist unbeantwortet – {site}',
      body: [
        'am {originalDate} habe ich mich an {contact} an {company} gewandt: {originalType}. Nach Art. 12 Abs. 3 DSGVO hätten Sie spätestens bis zum {originalDue} antworten müssen. Ich habe keine Antwort erhalten, und Sie haben mir weder eine Fristverlängerung noch eine begründete Ablehnung mitgeteilt (Art. 12 Abs. 4 DSGVO).',
        'Bitte beantworten Sie meinen Antrag vollständig bis zum {followUpDue}. Andernfalls werde ich Beschwerde bei der Aufsichtsbehörde einlegen (Art. 77 DSGVO). Mein ursprüngliches Schreiben finden Sie unten.',
      ],
    },
    complaint: {
      subject: 'Beschwerde nach Art. 77 DSGVO gegen {company} ({site})',
      body: [
        'hiermit lege ich bei {authority} Beschwerde nach Art. 77 der Datenschutz-Grundverordnung (DSGVO) gegen {company} ein, Verantwortlicher der Website {site}.',
        'Am {originalDate} habe ich mich an {contact} an den Verantwortlichen gewandt: {originalType}. Nach Art. 12 Abs. 3 DSGVO hätte er spätestens bis zum {originalDue} antworten müssen. {reason}',
        'Ich bitte Sie, diese Beschwerde zu prüfen, den Verantwortlichen anzuweisen, meinem Antrag zu entsprechen (Art. 58 Abs. 2 lit. c DSGVO), und mich nach Art. 77 Abs. 2 DSGVO über den Stand und das Ergebnis der Beschwerde zu unterrichten, innerhalb von drei Monaten (Art. 78 Abs. 2 DSGVO). Meinen Antrag und den gesamten Schriftwechsel kann ich Ihnen übersenden.',
      ],
      reasonPrompt: 'Ich habe keine Antwort erhalten, auch nicht nach einer Erinnerung.',
    },
  },
};
