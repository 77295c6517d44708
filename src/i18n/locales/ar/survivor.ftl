### Texts given to the survivor, in Arabic (Modern Standard, written right to left): rights,
### consent explanations, the handout. Plain words. Addressed without vowel marks and with verbal
### nouns where a verb would have to choose a gender ("يمكنك طلب…" rather than "اطلب/اطلبي").

# For the team, never shown to the survivor: how far this translation has been checked
# (source, machine-assisted or reviewed). Machine-assisted, not yet reviewed by a native speaker.
review-status = machine-assisted

handout-title = مقابلتك: حقوقك والدعم المتاح لك
handout-reference = الرقم المرجعي: { $code }
handout-date = تاريخ الإعداد: { $date }

rights-heading = حقوقك في المقابلة
right-stop = يمكنك إيقاف المقابلة في أي وقت.
right-break = يمكنك طلب استراحة كلما احتجت إليها.
right-not-answer = لا يلزمك الإجابة عن كل سؤال. يمكنك القول: «لا أريد الإجابة».
right-interpreter = يحق لك الحصول على مترجم فوري بلغتك، مجانًا.
right-support-person = يمكن أن يرافقك شخص داعم.
right-tell-once = لا ينبغي أن يُطلب منك رواية قصتك مرة بعد مرة. يمكنك السؤال إن كان أحد لديه قصتك بالفعل.

consents-heading = ما وافقت عليه
consents-none = لا توجد أي موافقة منك حتى الآن. لن يحدث أي شيء يحتاج إلى موافقتك من دونها.
consent-given = أعطيت موافقتك بتاريخ { $date }.
consent-declined = رفضت بتاريخ { $date }.
consent-withdrawn = سحبت موافقتك بتاريخ { $date }.
consent-withdraw-how = يمكنك تغيير رأيك في أي وقت، دون ذكر السبب. يكفي إخبار أي فرد من الفريق أو الشخص الداعم، وسنتوقف.

purpose-take-part = المشاركة في المقابلة
purpose-take-part-explain = لك حرية القرار في الحديث معنا. الرفض لا يمنعك من الحصول على الدعم.
purpose-recording = تسجيل المقابلة بالصوت أو بالفيديو
purpose-recording-explain = مع التسجيل، قد لا تحتاج إلى رواية قصتك مرة أخرى. يمكنك طلب إيقاف التسجيل.
purpose-use-as-evidence = استخدام أقوالك دليلًا
purpose-use-as-evidence-explain = قد تُستخدم أقوالك في المحكمة لمحاسبة الأشخاص الذين أساؤوا إليك.
purpose-share-record = مشاركة سجل أقوالك مع { $agency }
purpose-share-record-explain = عندها يمكن لـ { $agency } قراءة ما رويته من قبل، بدلًا من سؤالك مرة أخرى.
purpose-referral = إعطاء بيانات الاتصال الخاصة بك إلى { $service }
purpose-referral-explain = عندها يمكن لـ { $service } التواصل معك لتقديم المساعدة.
purpose-medical-examination = فحص طبي
purpose-medical-examination-explain = يفحص الطبيب صحتك ويمكنه تسجيل الإصابات. يمكنك طلب طبيبة أو طبيب، حسب رغبتك.
purpose-photographs = الصور
purpose-photographs-explain = قد تساعد صور الإصابات أو الوثائق في قضيتك. القرار لك في ما يتم تصويره.
purpose-contact-afterwards = التواصل معك لاحقًا
purpose-contact-afterwards-explain = قد نتواصل معك لاحقًا بشأن قضيتك، بالطريقة التي تناسبك.

support-heading = جهات الدعم التي يمكنك التواصل معها
support-none = لم يتم ترتيب أي خدمة دعم بعد.
support-phone = الهاتف: { $number }
support-hours = أوقات العمل: { $hours }
support-languages = اللغات: { $languages }
support-email = البريد الإلكتروني: { $email }
handout-keep = هذه الورقة لك. يمكنك الاحتفاظ بها في مكان آمن، أو تركها مع شخص تثق به.
