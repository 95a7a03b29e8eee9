import type { NewcomerKey } from './newcomer-keys.js';

// Arabic texts of the newcomer's app. Machine-drafted: needs review (see review-status.ts).
export const newcomerAr: Record<NewcomerKey, string> = {
  'newcomer.app.title': 'Mötesplats – صفحتي',
  'newcomer.app.skipToContent': 'انتقل إلى المحتوى',
  'newcomer.language.label': 'اللغة',
  'newcomer.nav.label': 'القائمة',
  'newcomer.nav.invitation': 'دعوتي',
  'newcomer.nav.info': 'عن المقابلات',
  'newcomer.nav.checklist': 'قائمتي',
  'newcomer.nav.sharing': 'من يمكنه رؤية قائمتي',
  'newcomer.nav.accessLog': 'من اطّلع على بياناتي',
  'newcomer.nav.feedback': 'رأيك',
  'newcomer.signOut': 'تسجيل الخروج',
  'newcomer.loading': 'جارٍ التحميل …',
  'newcomer.error.generic': 'حدث خطأ ما. يرجى المحاولة مرة أخرى بعد قليل.',
  'newcomer.error.offline': 'أنت غير متصل بالإنترنت. حاول مرة أخرى عندما تكون متصلاً.',
  'newcomer.error.signedOut': 'تم تسجيل خروجك. سجّل الدخول مرة أخرى بالرمز الموجود في الدعوة.',
  'newcomer.retry': 'حاول مرة أخرى',
  'newcomer.offline.lastUpdated': 'أنت غير متصل. آخر تحديث {time}.',

  'newcomer.signIn.heading': 'تسجيل الدخول',
  'newcomer.signIn.intro':
    'اكتب الرمز الشخصي الموجود في دعوتك. يمكنك أيضاً مسح رمز QR الموجود في الدعوة بكاميرا هاتفك.',
  'newcomer.signIn.codeLabel': 'الرمز الشخصي',
  'newcomer.signIn.codeHint': 'أربع مجموعات من أربعة أحرف، تماماً كما في الدعوة.',
  'newcomer.signIn.submit': 'تسجيل الدخول',
  'newcomer.signIn.signingIn': 'جارٍ تسجيل الدخول …',
  'newcomer.signIn.empty': 'اكتب الرمز الموجود في الدعوة.',
  'newcomer.signIn.wrongCode': 'الرمز غير صحيح. قارنه بالرمز الموجود في الدعوة وحاول مرة أخرى.',
  'newcomer.signIn.locked':
    'محاولات خاطئة كثيرة. انتظر {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}} ثم حاول مرة أخرى.',

  'newcomer.invitation.none': 'ليست لديك دعوة في الوقت الحالي.',
  'newcomer.invitation.addressHeading': 'العنوان',
  'newcomer.invitation.rightBuilding':
    'اذهب إلى هذا العنوان بالتحديد. تحقق من اسم المبنى قبل الدخول.',
  'newcomer.invitation.openMap': 'اعرض العنوان على الخريطة',
  'newcomer.invitation.dayHeading': 'كيف يسير اليوم',
  'newcomer.invitation.dayText':
    'تلتقي بعدة جهات حكومية واحدة تلو الأخرى في المكان نفسه. يرافقك موظف إلى المقابلة التالية. يستغرق اليوم عدة ساعات.',
  'newcomer.invitation.for': 'الدعوة موجهة إلى: {names}',

  'newcomer.info.heading': 'عن ماذا تتحدث المقابلات؟',
  'newcomer.info.intro': 'هذا ما تفعله لدى كل جهة خلال اليوم.',
  'newcomer.info.mv': 'تتسلم قرار الإقامة الخاص بك ويمكنك طرح الأسئلة عنه.',
  'newcomer.info.af':
    'مقابلتك الأولى حول التأسيس: نتحدث عن تعليمك وعملك، وعن ترجمة شهاداتك، ويمكنك التقدم بطلب للحصول على تعويض التأسيس.',
  'newcomer.info.fk':
    'معلومات عن تعويضات التأمينات الاجتماعية المناسبة لوضعك، ومساعدة في تقديم الطلب. يجب على العائلات التي لديها أطفال التسجيل.',
  'newcomer.info.pm':
    'إذا كان عمرك 65 عاماً أو أكثر، يمكنك التقدم بطلب معاش الشيخوخة أو دعم إعالة المسنين.',
  'newcomer.info.skv':
    'مساعدة في ملء إشعار الانتقال إلى السويد، لتحصل على رقم شخصي. ومعلومات عن كيفية الحصول على بطاقة هوية.',
  'newcomer.info.kommun':
    'التسجيل في الروضة والمدرسة ودروس اللغة السويدية للمهاجرين (SFI). ويمكنك عند الحاجة طلب المساعدة المالية.',

  'newcomer.checklist.heading': 'قائمتي',
  'newcomer.checklist.intro':
    'القائمة ملكك. تملأ كل جهة الجزء الخاص بها خلال اليوم. أنت تقرر من يمكنه رؤيتها.',
  'newcomer.checklist.remaining':
    '{count, plural, =0 {تم إنجاز كل شيء} zero {لم يتبقَّ شيء} one {تبقّى أمر واحد} two {تبقّى أمران} few {تبقّت # أمور} many {تبقّى # أمراً} other {تبقّى # أمر}}',
  'newcomer.checklist.empty': 'قائمتك فارغة حتى الآن. ستُملأ خلال اليوم.',
  'newcomer.checklist.household': 'الأسرة كلها',
  'newcomer.checklist.status.todo': 'للإنجاز',
  'newcomer.checklist.status.done': 'تم',
  'newcomer.checklist.status.not-applicable': 'لا ينطبق عليك',
  'newcomer.checklist.status.follow-up': 'يستمر بعد اليوم',
  'newcomer.checklist.note': 'ملاحظة الموظف: {note}',
  'newcomer.checklist.afterHeading': 'بعد اليوم',
  'newcomer.checklist.afterNone': 'لا شيء يحتاج إلى متابعة بعد اليوم.',
  'newcomer.checklist.afterIntro': 'هذا يستمر بعد اليوم:',

  'newcomer.sharing.heading': 'من يمكنه رؤية قائمتي',
  'newcomer.sharing.intro':
    'ترى كل جهة الجزء الخاص بها فقط من القائمة. يمكنك السماح لآخرين برؤية القائمة كاملة، وسحب ذلك متى شئت.',
  'newcomer.sharing.granteeLabel': 'من',
  'newcomer.sharing.grantee.all-present-today': 'كل الجهات التي ألتقي بها اليوم',
  'newcomer.sharing.untilLabel': 'إلى متى',
  'newcomer.sharing.until.today': 'حتى هذا المساء',
  'newcomer.sharing.until.month': 'شهر واحد',
  'newcomer.sharing.until.year': 'سنة واحدة',
  'newcomer.sharing.grant': 'امنح الإذن',
  'newcomer.sharing.revoke': 'اسحب الإذن',
  'newcomer.sharing.revokeFor': 'اسحب الإذن من {who}',
  'newcomer.sharing.active': 'يمكن لـ {who} رؤية قائمتك حتى {until}.',
  'newcomer.sharing.ended': 'كان بإمكان {who} رؤية قائمتك حتى {until}.',
  'newcomer.sharing.none': 'لا أحد غيرك يمكنه رؤية قائمتك الآن.',
  'newcomer.sharing.granted': 'يمكن لـ {who} الآن رؤية قائمتك.',
  'newcomer.sharing.revoked': 'لم يعد بإمكان {who} رؤية قائمتك.',
  'newcomer.sharing.historyHeading': 'سابقاً',

  'newcomer.accessLog.heading': 'من اطّلع على بياناتي',
  'newcomer.accessLog.intro': 'في كل مرة يقرأ فيها أحد بياناتك أو يغيّرها، يُسجَّل ذلك هنا.',
  'newcomer.accessLog.empty': 'لم يطّلع أحد على بياناتك بعد.',
  'newcomer.accessLog.you': 'أنت',
  'newcomer.accessLog.staff': 'موظف',
  'newcomer.accessLog.action.read': 'قرأ',
  'newcomer.accessLog.action.create': 'أضاف',
  'newcomer.accessLog.action.update': 'غيّر',
  'newcomer.accessLog.action.delete': 'حذف',
  'newcomer.accessLog.action.attempt': 'حاول',
  'newcomer.accessLog.denied': 'مرفوض',
  'newcomer.accessLog.count':
    '{count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثاً} other {# حدث}}',

  'newcomer.feedback.heading': 'أخبرنا عن اليوم',
  'newcomer.feedback.intro': 'ساعدنا لنصبح أفضل. يمكنك الكتابة بلغتك.',
  'newcomer.feedback.ratingLabel': 'كيف كان اليوم؟',
  'newcomer.feedback.rating':
    '{rating, plural, =5 {# من 5 – جيد جداً} zero {# من 5} one {# من 5 – غير جيد} two {# من 5} few {# من 5} many {# من 5} other {# من 5}}',
  'newcomer.feedback.commentLabel': 'هل تريد أن تخبرنا بالمزيد؟ (اختياري)',
  'newcomer.feedback.submit': 'إرسال',
  'newcomer.feedback.chooseRating': 'اختر كيف كان اليوم.',
  'newcomer.feedback.thanks': 'شكراً لك على رأيك!',
  'newcomer.feedback.alreadySent': 'لقد أبديت رأيك في هذه الزيارة من قبل. شكراً لك!',
  'newcomer.feedback.notYet': 'يمكنك إبداء رأيك بعد الزيارة، عندما ينتهي اليوم.',
  'newcomer.feedback.unavailable': 'لا يمكن إبداء الرأي هنا بعد. اسأل الموظفين في المكان.',
};
