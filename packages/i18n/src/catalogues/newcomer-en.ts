import type { NewcomerKey } from './newcomer-keys.js';

// English texts of the newcomer's own app. Reviewed.
export const newcomerEn: Record<NewcomerKey, string> = {
  'newcomer.app.title': 'Mötesplats – my page',
  'newcomer.app.skipToContent': 'Skip to content',
  'newcomer.language.label': 'Language',
  'newcomer.nav.label': 'Menu',
  'newcomer.nav.invitation': 'My invitation',
  'newcomer.nav.info': 'About the meetings',
  'newcomer.nav.checklist': 'My checklist',
  'newcomer.nav.sharing': 'Who may see my list',
  'newcomer.nav.accessLog': 'Who has looked',
  'newcomer.nav.feedback': 'Feedback',
  'newcomer.signOut': 'Sign out',
  'newcomer.loading': 'Loading …',
  'newcomer.error.generic': 'Something went wrong. Please try again in a moment.',
  'newcomer.error.offline': 'You are not connected to the internet. Try again when you are online.',
  'newcomer.error.signedOut':
    'You have been signed out. Sign in again with the code from the invitation.',
  'newcomer.retry': 'Try again',
  'newcomer.offline.lastUpdated': 'You are offline. Last updated {time}.',

  'newcomer.signIn.heading': 'Sign in',
  'newcomer.signIn.intro':
    'Type the personal code from your invitation. You can also scan the QR code on the invitation with your phone’s camera.',
  'newcomer.signIn.codeLabel': 'Personal code',
  'newcomer.signIn.codeHint': 'Four groups of four characters, exactly as on the invitation.',
  'newcomer.signIn.submit': 'Sign in',
  'newcomer.signIn.signingIn': 'Signing in …',
  'newcomer.signIn.empty': 'Type the code from the invitation.',
  'newcomer.signIn.wrongCode':
    'The code is not right. Compare it with the code on the invitation and try again.',
  'newcomer.signIn.locked':
    'Too many wrong attempts. Wait {minutes, plural, one {# minute} other {# minutes}} and then try again.',

  'newcomer.invitation.none': 'You have no invitation right now.',
  'newcomer.invitation.addressHeading': 'Address',
  'newcomer.invitation.rightBuilding':
    'Go to exactly this address. Check the name of the building before you go in.',
  'newcomer.invitation.openMap': 'Show the address on a map',
  'newcomer.invitation.dayHeading': 'How the day works',
  'newcomer.invitation.dayText':
    'You meet several agencies one after another, in the same place. A caseworker takes you to the next meeting. The day takes several hours.',
  'newcomer.invitation.for': 'The invitation is for: {names}',

  'newcomer.info.heading': 'What are the meetings about?',
  'newcomer.info.intro': 'This is what you do at each agency during the day.',
  'newcomer.info.mv':
    'You receive the decision on your residence permit and can ask questions about it.',
  'newcomer.info.af':
    'Your first establishment meeting: we talk about your education and work, about translating your grades and certificates, and you can apply for the establishment benefit.',
  'newcomer.info.fk':
    'Information about social insurance benefits that fit your situation, and help to apply. Families with children need to register.',
  'newcomer.info.pm':
    'If you are 65 or older, you can apply for an old-age pension or for maintenance support for the elderly.',
  'newcomer.info.skv':
    'Help to fill in the notification of moving to Sweden, so that you can get a personal identity number. Information on how to get an ID card.',
  'newcomer.info.kommun':
    'Registration for preschool, school and Swedish for immigrants (SFI). If needed, you can apply for financial assistance.',

  'newcomer.checklist.heading': 'My checklist',
  'newcomer.checklist.intro':
    'The list is yours. Each agency fills in its part during the day. You decide who may see it.',
  'newcomer.checklist.remaining':
    '{count, plural, =0 {Everything is done} one {# item left to do} other {# items left to do}}',
  'newcomer.checklist.empty': 'Your checklist is empty so far. It is filled in during the day.',
  'newcomer.checklist.household': 'The whole household',
  'newcomer.checklist.status.todo': 'To do',
  'newcomer.checklist.status.done': 'Done',
  'newcomer.checklist.status.not-applicable': 'Does not apply to you',
  'newcomer.checklist.status.follow-up': 'Continues after the day',
  'newcomer.checklist.note': 'Caseworker’s note: {note}',
  'newcomer.checklist.afterHeading': 'After the day',
  'newcomer.checklist.afterNone': 'Nothing needs follow-up after the day.',
  'newcomer.checklist.afterIntro': 'This continues after the day:',

  'newcomer.sharing.heading': 'Who may see my list',
  'newcomer.sharing.intro':
    'Each agency sees only its own part of the list. You can let others see the whole list, and take that back whenever you want.',
  'newcomer.sharing.granteeLabel': 'Who',
  'newcomer.sharing.grantee.all-present-today': 'All agencies I meet today',
  'newcomer.sharing.untilLabel': 'For how long',
  'newcomer.sharing.until.today': 'Until tonight',
  'newcomer.sharing.until.month': 'One month',
  'newcomer.sharing.until.year': 'One year',
  'newcomer.sharing.grant': 'Give access',
  'newcomer.sharing.revoke': 'Take back',
  'newcomer.sharing.revokeFor': 'Take back access for {who}',
  'newcomer.sharing.active': '{who} can see your list until {until}.',
  'newcomer.sharing.ended': '{who} could see your list until {until}.',
  'newcomer.sharing.none': 'Nobody else can see your list right now.',
  'newcomer.sharing.granted': '{who} can now see your list.',
  'newcomer.sharing.revoked': '{who} can no longer see your list.',
  'newcomer.sharing.historyHeading': 'Earlier',

  'newcomer.accessLog.heading': 'Who has looked at my data',
  'newcomer.accessLog.intro': 'Every time someone reads or changes your data, it is recorded here.',
  'newcomer.accessLog.empty': 'Nobody has looked at your data yet.',
  'newcomer.accessLog.you': 'You',
  'newcomer.accessLog.staff': 'A caseworker',
  'newcomer.accessLog.action.read': 'read',
  'newcomer.accessLog.action.create': 'added',
  'newcomer.accessLog.action.update': 'changed',
  'newcomer.accessLog.action.delete': 'removed',
  'newcomer.accessLog.action.attempt': 'tried',
  'newcomer.accessLog.denied': 'Refused',
  'newcomer.accessLog.count': '{count, plural, one {# event} other {# events}}',

  'newcomer.feedback.heading': 'Tell us about the day',
  'newcomer.feedback.intro': 'Help us get better. You can write in your own language.',
  'newcomer.feedback.ratingLabel': 'How was the day?',
  'newcomer.feedback.rating':
    '{rating, plural, one {# of 5 – not good} =5 {# of 5 – very good} other {# of 5}}',
  'newcomer.feedback.commentLabel': 'Do you want to tell us more? (optional)',
  'newcomer.feedback.submit': 'Send',
  'newcomer.feedback.chooseRating': 'Choose how the day was.',
  'newcomer.feedback.thanks': 'Thank you for your feedback!',
  'newcomer.feedback.alreadySent': 'You have already given feedback on this visit. Thank you!',
  'newcomer.feedback.notYet': 'You can give feedback after the visit, once the day is over.',
  'newcomer.feedback.unavailable':
    'Feedback cannot be given here yet. Please ask the staff on site.',
  'newcomer.item.decision-notification': 'Notification of the residence permit decision',
  'newcomer.item.move-notification': 'Notification of moving to Sweden (population registration)',
  'newcomer.item.id-card-info': 'Information about the ID card',
  'newcomer.item.jobseeker-registration': 'Registration with the Public Employment Service',
  'newcomer.item.establishment-meeting': 'The first introduction meeting',
  'newcomer.item.grades-assessment': 'Assessment of grades and certificates',
  'newcomer.item.establishment-benefit': 'Application for the introduction benefit',
  'newcomer.item.insurance-registration': 'Registration for social insurance',
  'newcomer.item.benefits-info': 'Information about benefits for the household',
  'newcomer.item.pension-application':
    'Application for a pension or maintenance support for older people',
  'newcomer.item.sfi-registration': 'Registration for SFI (Swedish for immigrants)',
  'newcomer.item.preschool-registration': 'Registration for preschool',
  'newcomer.item.school-registration': 'Registration for school',
  'newcomer.item.financial-assistance': 'Application for financial assistance',
  'newcomer.item.home-municipality-contact': 'Contact with your home municipality',
};
