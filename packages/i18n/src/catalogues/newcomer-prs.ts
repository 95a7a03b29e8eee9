import type { NewcomerKey } from './newcomer-keys.js';

// Dari texts of the newcomer's app. Machine-drafted: needs review (see review-status.ts).
export const newcomerPrs: Record<NewcomerKey, string> = {
  'newcomer.app.title': 'Mötesplats – صفحهٔ من',
  'newcomer.app.skipToContent': 'رفتن به محتوا',
  'newcomer.language.label': 'زبان',
  'newcomer.nav.label': 'فهرست',
  'newcomer.nav.invitation': 'دعوت‌نامهٔ من',
  'newcomer.nav.info': 'دربارهٔ ملاقات‌ها',
  'newcomer.nav.checklist': 'فهرست کارهای من',
  'newcomer.nav.sharing': 'چه کسی فهرست مرا ببیند',
  'newcomer.nav.accessLog': 'چه کسی دیده است',
  'newcomer.nav.feedback': 'نظر شما',
  'newcomer.signOut': 'خروج',
  'newcomer.loading': 'در حال بارگذاری …',
  'newcomer.error.generic': 'مشکلی پیش آمد. لطفاً کمی بعد دوباره کوشش کنید.',
  'newcomer.error.offline': 'شما به انترنت وصل نیستید. وقتی وصل شدید دوباره کوشش کنید.',
  'newcomer.error.signedOut': 'شما از سیستم خارج شدید. با کود دعوت‌نامه دوباره وارد شوید.',
  'newcomer.retry': 'دوباره کوشش کنید',
  'newcomer.offline.lastUpdated': 'شما آفلاین هستید. آخرین به‌روزرسانی {time}.',

  'newcomer.signIn.heading': 'ورود',
  'newcomer.signIn.intro':
    'کود شخصی دعوت‌نامهٔ خود را بنویسید. همچنان می‌توانید کود QR دعوت‌نامه را با کمرهٔ موبایل خود اسکن کنید.',
  'newcomer.signIn.codeLabel': 'کود شخصی',
  'newcomer.signIn.codeHint': 'چهار گروه چهار حرفی، درست مانند دعوت‌نامه.',
  'newcomer.signIn.submit': 'ورود',
  'newcomer.signIn.signingIn': 'در حال ورود …',
  'newcomer.signIn.empty': 'کود دعوت‌نامه را بنویسید.',
  'newcomer.signIn.wrongCode':
    'کود درست نیست. آن را با کود دعوت‌نامه مقایسه کنید و دوباره کوشش کنید.',
  'newcomer.signIn.locked':
    'تلاش‌های نادرست زیاد. {minutes, plural, one {# دقیقه} other {# دقیقه}} صبر کنید و بعد دوباره کوشش کنید.',

  'newcomer.invitation.none': 'فعلاً دعوت‌نامه‌ای ندارید.',
  'newcomer.invitation.addressHeading': 'آدرس',
  'newcomer.invitation.rightBuilding':
    'درست به همین آدرس بروید. پیش از داخل شدن، نام ساختمان را بررسی کنید.',
  'newcomer.invitation.openMap': 'آدرس را روی نقشه نشان بده',
  'newcomer.invitation.dayHeading': 'روز چگونه می‌گذرد',
  'newcomer.invitation.dayText':
    'شما با چند اداره پشت سر هم در یک جا ملاقات می‌کنید. یک کارمند شما را به ملاقات بعدی می‌برد. این روز چند ساعت طول می‌کشد.',
  'newcomer.invitation.for': 'این دعوت‌نامه برای: {names}',

  'newcomer.info.heading': 'ملاقات‌ها دربارهٔ چیست؟',
  'newcomer.info.intro': 'اینجا نوشته شده که در هر اداره در طول روز چه می‌کنید.',
  'newcomer.info.mv': 'تصمیم اجازهٔ اقامت خود را دریافت می‌کنید و می‌توانید دربارهٔ آن سؤال کنید.',
  'newcomer.info.af':
    'اولین ملاقات شما دربارهٔ استقرار: دربارهٔ تحصیل و کار شما، ترجمهٔ نمرات و تصدیق‌نامه‌ها صحبت می‌کنیم و می‌توانید برای کمک‌هزینهٔ استقرار درخواست بدهید.',
  'newcomer.info.fk':
    'معلومات دربارهٔ کمک‌هزینه‌های بیمهٔ اجتماعی مناسب وضعیت شما و کمک در درخواست. خانواده‌های دارای اطفال باید ثبت نام کنند.',
  'newcomer.info.pm':
    'اگر ۶۵ ساله یا بزرگ‌تر هستید، می‌توانید برای تقاعد سالمندی یا کمک معیشتی سالمندان درخواست بدهید.',
  'newcomer.info.skv':
    'کمک در پر کردن فورم اطلاع از انتقال به سویدن، تا نمبر شخصی بگیرید. معلومات دربارهٔ گرفتن کارت هویت.',
  'newcomer.info.kommun':
    'ثبت نام در کودکستان، مکتب و زبان سویدنی برای مهاجران (SFI). در صورت نیاز می‌توانید برای کمک مالی درخواست بدهید.',

  'newcomer.checklist.heading': 'فهرست کارهای من',
  'newcomer.checklist.intro':
    'این فهرست از شماست. هر اداره بخش خود را در طول روز پر می‌کند. شما تصمیم می‌گیرید چه کسی آن را ببیند.',
  'newcomer.checklist.remaining':
    '{count, plural, =0 {همه کارها انجام شده} one {# کار باقی مانده} other {# کار باقی مانده}}',
  'newcomer.checklist.empty': 'فهرست شما هنوز خالی است. در طول روز پر می‌شود.',
  'newcomer.checklist.household': 'تمام خانواده',
  'newcomer.checklist.status.todo': 'باید انجام شود',
  'newcomer.checklist.status.done': 'انجام شد',
  'newcomer.checklist.status.not-applicable': 'به شما مربوط نیست',
  'newcomer.checklist.status.follow-up': 'بعد از این روز ادامه دارد',
  'newcomer.checklist.note': 'یادداشت کارمند: {note}',
  'newcomer.checklist.afterHeading': 'بعد از این روز',
  'newcomer.checklist.afterNone': 'بعد از این روز چیزی برای پیگیری نیست.',
  'newcomer.checklist.afterIntro': 'این کارها بعد از این روز ادامه دارند:',

  'newcomer.sharing.heading': 'چه کسی فهرست مرا ببیند',
  'newcomer.sharing.intro':
    'هر اداره فقط بخش خود را می‌بیند. شما می‌توانید به دیگران اجازه دهید تمام فهرست را ببینند و هر وقت خواستید آن را پس بگیرید.',
  'newcomer.sharing.granteeLabel': 'چه کسی',
  'newcomer.sharing.grantee.all-present-today': 'همه اداره‌هایی که امروز ملاقات می‌کنم',
  'newcomer.sharing.untilLabel': 'تا چه وقت',
  'newcomer.sharing.until.today': 'تا امشب',
  'newcomer.sharing.until.month': 'یک ماه',
  'newcomer.sharing.until.year': 'یک سال',
  'newcomer.sharing.grant': 'اجازه بده',
  'newcomer.sharing.revoke': 'پس بگیر',
  'newcomer.sharing.revokeFor': 'اجازهٔ {who} را پس بگیر',
  'newcomer.sharing.active': '{who} تا {until} می‌تواند فهرست شما را ببیند.',
  'newcomer.sharing.ended': '{who} تا {until} می‌توانست فهرست شما را ببیند.',
  'newcomer.sharing.none': 'فعلاً هیچ کس دیگری نمی‌تواند فهرست شما را ببیند.',
  'newcomer.sharing.granted': '{who} حالا می‌تواند فهرست شما را ببیند.',
  'newcomer.sharing.revoked': '{who} دیگر نمی‌تواند فهرست شما را ببیند.',
  'newcomer.sharing.historyHeading': 'قبلاً',

  'newcomer.accessLog.heading': 'چه کسی معلومات مرا دیده است',
  'newcomer.accessLog.intro':
    'هر بار که کسی معلومات شما را می‌خواند یا تغییر می‌دهد، اینجا ثبت می‌شود.',
  'newcomer.accessLog.empty': 'هنوز کسی معلومات شما را ندیده است.',
  'newcomer.accessLog.you': 'خود شما',
  'newcomer.accessLog.staff': 'یک کارمند',
  'newcomer.accessLog.action.read': 'خواند',
  'newcomer.accessLog.action.create': 'اضافه کرد',
  'newcomer.accessLog.action.update': 'تغییر داد',
  'newcomer.accessLog.action.delete': 'حذف کرد',
  'newcomer.accessLog.action.attempt': 'کوشش کرد',
  'newcomer.accessLog.denied': 'رد شد',
  'newcomer.accessLog.count': '{count, plural, one {# رویداد} other {# رویداد}}',

  'newcomer.feedback.heading': 'نظر خود را دربارهٔ این روز بگویید',
  'newcomer.feedback.intro': 'به ما کمک کنید بهتر شویم. می‌توانید به زبان خود بنویسید.',
  'newcomer.feedback.ratingLabel': 'روز چطور بود؟',
  'newcomer.feedback.rating':
    '{rating, plural, =5 {# از ۵ – خیلی خوب} one {# از ۵ – خوب نبود} other {# از ۵}}',
  'newcomer.feedback.commentLabel': 'می‌خواهید بیشتر بگویید؟ (اختیاری)',
  'newcomer.feedback.submit': 'فرستادن',
  'newcomer.feedback.chooseRating': 'انتخاب کنید روز چطور بود.',
  'newcomer.feedback.thanks': 'از نظر شما سپاسگزاریم!',
  'newcomer.feedback.alreadySent': 'شما قبلاً دربارهٔ این ملاقات نظر داده‌اید. سپاسگزاریم!',
  'newcomer.feedback.notYet': 'بعد از ملاقات، وقتی روز تمام شد، می‌توانید نظر بدهید.',
  'newcomer.feedback.unavailable': 'فعلاً نمی‌توان اینجا نظر داد. از کارمندان محل بپرسید.',
  'newcomer.item.decision-notification': 'ابلاغ تصمیم اجازه اقامت',
  'newcomer.item.move-notification': 'اطلاع‌دهی نقل مکان به سویدن (ثبت نفوس)',
  'newcomer.item.id-card-info': 'معلومات درباره کارت هویت',
  'newcomer.item.jobseeker-registration': 'ثبت نام در اداره کاریابی',
  'newcomer.item.establishment-meeting': 'نخستین گفتگوی استقرار',
  'newcomer.item.grades-assessment': 'ارزیابی نمرات و تصدیق‌نامه‌ها',
  'newcomer.item.establishment-benefit': 'درخواست کمک هزینه استقرار',
  'newcomer.item.insurance-registration': 'ثبت نام در بیمه اجتماعی',
  'newcomer.item.benefits-info': 'معلومات درباره کمک‌ها برای خانواده',
  'newcomer.item.pension-application': 'درخواست تقاعد یا کمک معیشتی سالمندان',
  'newcomer.item.sfi-registration': 'ثبت نام در SFI (زبان سویدنی برای مهاجران)',
  'newcomer.item.preschool-registration': 'ثبت نام در کودکستان',
  'newcomer.item.school-registration': 'ثبت نام در مکتب',
  'newcomer.item.financial-assistance': 'درخواست کمک مالی',
  'newcomer.item.home-municipality-contact': 'تماس با شهرداری محل سکونت',
};
