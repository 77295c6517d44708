### Texts given to the survivor, in Bulgarian: rights, consent explanations, the handout. Plain words.

# For the team, never shown to the survivor: how far this translation has been checked
# (source, machine-assisted or reviewed). Machine-assisted, not yet reviewed by a native speaker.
review-status = machine-assisted

handout-title = Вашето интервю: вашите права и вашата подкрепа
handout-reference = Референтен номер: { $code }
handout-date = Изготвено на { $date }

rights-heading = Вашите права по време на интервюто
right-stop = Можете да спрете интервюто по всяко време.
right-break = Можете да поискате почивка винаги, когато имате нужда.
right-not-answer = Не е нужно да отговаряте на всеки въпрос. Можете да кажете: „Не искам да отговарям“.
right-interpreter = Можете да имате преводач на вашия език, безплатно.
right-support-person = До вас може да има човек, който ви подкрепя.
right-tell-once = Не би трябвало да разказвате историята си отново и отново. Можете да попитате дали някой вече я има.

consents-heading = За какво дадохте съгласие
consents-none = Все още не сте дали съгласие за нищо. Нищо, за което е нужно вашето съгласие, няма да се случи без него.
consent-given = Дадохте съгласие на { $date }.
consent-declined = Отказахте на { $date }.
consent-withdrawn = Оттеглихте съгласието си на { $date }.
consent-withdraw-how = Можете да промените решението си по всяко време, без да обяснявате защо. Кажете на всеки от екипа или на човека, който ви подкрепя, и ние ще спрем.

purpose-take-part = Участие в интервюто
purpose-take-part-explain = Вие решавате дали да говорите с нас. Ако откажете, пак можете да получите подкрепа.
purpose-recording = Аудио- или видеозапис на интервюто
purpose-recording-explain = Със запис може да не се наложи да разказвате историята си отново. Можете да ни помолите да спрем записа.
purpose-use-as-evidence = Използване на думите ви като доказателство
purpose-use-as-evidence-explain = Думите ви може да бъдат използвани в съда, за да отговарят хората, които са ви навредили.
purpose-share-record = Предоставяне на записа на вашия разказ на { $agency }
purpose-share-record-explain = Така { $agency } може да прочете това, което вече сте разказали, вместо да ви пита отново.
purpose-referral = Предоставяне на данните ви за контакт на { $service }
purpose-referral-explain = Така { $service } може да се свърже с вас, за да ви предложи помощ.
purpose-medical-examination = Медицински преглед
purpose-medical-examination-explain = Лекар преглежда здравето ви и може да опише нараняванията. Можете да поискате лекар жена или лекар мъж.
purpose-photographs = Снимки
purpose-photographs-explain = Снимки на наранявания или документи могат да помогнат по вашия случай. Вие решавате какво да се снима.
purpose-contact-afterwards = Връзка с вас по-късно
purpose-contact-afterwards-explain = Може да се свържем с вас по-късно за вашия случай, по начина, който изберете.

support-heading = Подкрепа, с която можете да се свържете
support-none = Все още не е уредена услуга за подкрепа.
support-phone = Телефон: { $number }
support-hours = Работно време: { $hours }
support-languages = Езици: { $languages }
support-email = Имейл: { $email }
handout-keep = Този лист е ваш. Пазете го на сигурно място или го оставете при човек, на когото имате доверие.
