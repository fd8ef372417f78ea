import type { LanguagePack } from './types';

export const en: LanguagePack = {
  locale: 'en-GB',
  greeting: 'Dear Sir or Madam,',
  authorityGreeting: 'Dear Sir or Madam,',
  closing: 'Yours faithfully,',
  noId:
    'Please do not ask me for a copy of an identity document. Under Article 12(6) GDPR you may ask for additional information only where you have reasonable doubts about my identity, and the European Data Protection Board considers a copy of an ID document disproportionate to identify a person with an online account (EDPB Guidelines 01/2022 on the right of access, paragraphs 73–74). The identifiers below, which you already hold, are enough to find my data:',
  labels: { name: 'Name', email: 'E-mail address', account: 'Account identifier on {site}', postalAddress: 'Postal address' },
  separator: ': ',
  deadline:
    'Under Article 12(3) GDPR you must answer without undue delay and at the latest within one month of receipt, that is by {dueDate}. You may extend this period by two further months only if you tell me so, with your reasons, within that first month. Answering is free of charge (Article 12(5)). If you do not intend to act on my request, you must tell me why within the same month, and of my right to complain to a supervisory authority (Article 12(4)). Please answer by e-mail, as I write to you by e-mail.',
  requestNames: {
    access: 'request for access to my personal data (Article 15 GDPR)',
    rectification: 'request for rectification (Article 16 GDPR)',
    erasure: 'request for erasure (Article 17 GDPR)',
    restriction: 'request for restriction of processing (Article 18 GDPR)',
    portability: 'request for data portability (Article 20 GDPR)',
    objection: 'objection to processing (Article 21(1) GDPR)',
    objection_marketing: 'objection to direct marketing (Article 21(2) GDPR)',
    withdraw_consent: 'withdrawal of consent (Article 7(3) GDPR)',
    objection_partners: 'objection to the sharing of my data with partners (Article 21(2) GDPR)',
    automated_decision: 'request for human review of an automated decision (Article 22(3) GDPR)',
    post_mortem: 'post-mortem directives (Article 85 of the French Data Protection Act)',
  },
  letters: {
    access: {
      subject: 'Request for access to my personal data (Article 15 GDPR) – {site}',
      body: [
        'I am exercising my right of access under Article 15 of the General Data Protection Regulation (GDPR) to the personal data that {company} holds about me.',
        'Please confirm whether or not you process personal data concerning me and, if so, send me a copy of all of it (Article 15(3)), pseudonymised data included (Article 4(5)), in a commonly used electronic form. Please also give me the following information (Article 15(1)(a) to (h)):',
        '(a) the purposes of each processing and its legal basis;\n(b) the categories of personal data concerned;\n(c) the recipients or categories of recipients to whom the data have been or will be disclosed, in particular recipients in third countries or international organisations, named;\n(d) how long the data will be stored or, if that is not possible, the criteria used to determine that period;\n(e) the existence of my rights to rectification, erasure, restriction of processing and objection;\n(f) my right to lodge a complaint with a supervisory authority;\n(g) where the data were not collected from me, any available information about their source;\n(h) the existence of automated decision-making, including profiling (Article 22(1) and (4)), and in that case meaningful information about the logic involved and its significance and envisaged consequences for me.',
        'Where my data are transferred to a third country or an international organisation, please tell me of the appropriate safeguards under Article 46 (Article 15(2)).',
      ],
    },
    rectification: {
      subject: 'Request for rectification of my personal data (Article 16 GDPR) – {site}',
      body: [
        'Under Article 16 of the General Data Protection Regulation (GDPR), I ask {company} to rectify without undue delay the following inaccurate personal data about me, and to complete the incomplete ones:',
        '{reason}',
        'Under Article 19 GDPR, please notify every recipient to whom these data have been disclosed of the rectification, and tell me who they are. Please confirm once it is done.',
      ],
      reasonPrompt: '[the data to correct, and the correct values]',
    },
    erasure: {
      subject: 'Request for erasure of my personal data (Article 17 GDPR) – {site}',
      body: [
        'Under Article 17(1) of the General Data Protection Regulation (GDPR), I ask {company} to erase without undue delay all personal data concerning me, and my account if I have one. In so far as any processing rests on my consent, I withdraw it (Article 7(3)).',
        'If you have made my data public, please take reasonable steps to inform the other controllers processing them that I ask for the erasure of any links to, copies or replications of these data (Article 17(2)). Under Article 19 GDPR, please also notify every recipient to whom my data have been disclosed, and tell me who they are.',
        'If you believe an exception of Article 17(3) applies to some data, please tell me which data and on what legal ground, and erase the rest. Please confirm the erasure once it is done.',
      ],
    },
    restriction: {
      subject: 'Request for restriction of processing (Article 18 GDPR) – {site}',
      body: [
        'Under Article 18(1) of the General Data Protection Regulation (GDPR), I ask {company} to restrict the processing of my personal data, on the following ground:',
        '{reason}',
        'While processing is restricted, my data may only be stored, save for the exceptions of Article 18(2). Please inform me before the restriction is lifted (Article 18(3)), and notify every recipient of my data of the restriction (Article 19).',
      ],
      reasonPrompt:
        '[the ground: I contest the accuracy of the data (Article 18(1)(a)); the processing is unlawful and I oppose erasure (b); you no longer need the data but I need them for legal claims (c); or I have objected and the balancing is pending (d)]',
    },
    portability: {
      subject: 'Request for data portability (Article 20 GDPR) – {site}',
      body: [
        'Under Article 20(1) of the General Data Protection Regulation (GDPR), I ask {company} to send me the personal data concerning me that I have provided to you — including the data generated by my use of your service — in a structured, commonly used and machine-readable format (for example JSON or CSV).',
        'Where I ask for it, please transmit these data directly to another controller where technically feasible (Article 20(2)).',
      ],
    },
    objection: {
      subject: 'Objection to the processing of my personal data (Article 21(1) GDPR) – {site}',
      body: [
        'Under Article 21(1) of the General Data Protection Regulation (GDPR), I object to the processing of my personal data by {company} based on Article 6(1)(e) or (f), including profiling based on those provisions, on grounds relating to my particular situation:',
        '{reason}',
        'You must stop this processing unless you demonstrate compelling legitimate grounds that override my interests, rights and freedoms, or the processing is needed to establish, exercise or defend legal claims. Please confirm that it has stopped, or state the grounds you rely on.',
      ],
      reasonPrompt: '[your reasons, relating to your own situation]',
    },
    objection_marketing: {
      subject: 'Objection to direct marketing (Article 21(2) GDPR) – {site}',
      body: [
        'Under Article 21(2) of the General Data Protection Regulation (GDPR), I object to the processing of my personal data by {company} for direct marketing purposes, including profiling related to direct marketing. No reason is needed for this objection.',
        'Under Article 21(3), my personal data must no longer be processed for these purposes. Please stop sending me any marketing by any channel, remove me from every marketing list and profile, and confirm it to me.',
      ],
    },
    withdraw_consent: {
      subject: 'Withdrawal of my consent (Article 7(3) GDPR) – {site}',
      body: [
        'Under Article 7(3) of the General Data Protection Regulation (GDPR), I withdraw my consent to the following processing of my personal data by {company}:',
        '{reason}',
        'Withdrawing consent must be as easy as giving it. Please stop every processing based on this consent, erase the data you no longer have another legal basis to keep (Article 17(1)(b)), and confirm it to me.',
      ],
      reasonPrompt: 'every consent I have given you, including for cookies and similar trackers, newsletters and personalised advertising',
    },
    objection_partners: {
      subject: 'Objection to the sharing of my personal data with partners (Article 21(2) GDPR) – {site}',
      body: [
        'Your privacy policy says that {company} passes personal data to business partners. Under Article 21(2) of the General Data Protection Regulation (GDPR), I object to the passing of my personal data to partners for their direct marketing, and in so far as this sharing rests on my consent, I withdraw it (Article 7(3)).',
        'Under Article 15(1)(c), please give me the name of every recipient to whom my data have already been disclosed. Under Article 19, please notify each of them of this objection and of my request that they erase my data, and confirm to me that no further data will be passed on.',
      ],
    },
    automated_decision: {
      subject: 'Request for human review of an automated decision (Article 22(3) GDPR) – {site}',
      body: [
        'I have been subject to a decision by {company} that I believe was based solely on automated processing, including profiling, and that affects me significantly:',
        '{reason}',
        'Under Article 22(3) of the General Data Protection Regulation (GDPR), I ask for human intervention on your part, I express my point of view above, and I contest the decision. Under Article 15(1)(h), please give me meaningful information about the logic involved, as well as the significance and the envisaged consequences of this processing for me.',
      ],
      reasonPrompt: '[the decision, its date, and why you disagree with it]',
    },
    post_mortem: {
      subject: 'My directives on my personal data after my death (Article 85, French Data Protection Act) – {site}',
      body: [
        'Under Article 85 of the French Data Protection Act (Loi n° 78-17 du 6 janvier 1978, « Informatique et Libertés »), I give {company} the following specific directives on the keeping, erasure and communication of my personal data after my death:',
        '{reason}',
        'Please record these directives, confirm that you have, and tell me how I may change or revoke them at any time.',
      ],
      reasonPrompt: 'after my death, erase all my personal data and close my account, and communicate none of my data to third parties',
    },
    follow_up: {
      subject: 'Reminder: my {originalType} of {originalDate} is unanswered – {site}',
      body: [
        'On {originalDate} I sent {company} a {originalType}, at {contact}. Under Article 12(3) GDPR you had to answer it by {originalDue} at the latest. I have received no answer, and you did not tell me of an extension or of a refusal with its reasons (Article 12(4)).',
        'Please answer my request in full by {followUpDue}. Without an answer by then, I will lodge a complaint with the supervisory authority (Article 77 GDPR). My original request is reproduced below.',
      ],
    },
    complaint: {
      subject: 'Complaint under Article 77 GDPR against {company} ({site})',
      body: [
        'I hereby lodge a complaint with {authority} under Article 77 of the General Data Protection Regulation (GDPR) against {company}, controller of the website {site}.',
        'On {originalDate} I sent the controller a {originalType} at {contact}. Under Article 12(3) GDPR it had to answer by {originalDue} at the latest. {reason}',
        'I ask you to examine this complaint, to order the controller to comply with my request (Article 58(2)(c) GDPR), and to inform me of the progress and outcome of the complaint, as Article 77(2) provides, within three months (Article 78(2)). I can send you my request and all correspondence with the controller.',
      ],
      reasonPrompt: 'I have received no answer, not even after a reminder.',
    },
  },
};
