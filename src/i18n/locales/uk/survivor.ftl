### Texts given to the survivor, in Ukrainian: rights, consent explanations, the handout. Plain words.

# For the team, never shown to the survivor: how far this translation has been checked
# (source, machine-assisted or reviewed). Machine-assisted, not yet reviewed by a native speaker.
review-status = machine-assisted

handout-title = Ваше інтерв’ю: ваші права і ваша підтримка
handout-reference = Довідковий номер: { $code }
handout-date = Підготовлено { $date }

rights-heading = Ваші права під час інтерв’ю
right-stop = Ви можете зупинити інтерв’ю будь-коли.
right-break = Ви можете попросити перерву, коли вам потрібно.
right-not-answer = Ви не мусите відповідати на всі запитання. Ви можете сказати: «Я не хочу відповідати».
right-interpreter = Ви можете мати перекладача вашою мовою, безкоштовно.
right-support-person = Поруч із вами може бути людина, яка вас підтримує.
right-tell-once = Вам не треба розповідати свою історію знову і знову. Ви можете запитати, чи її вже хтось має.

consents-heading = На що ви погодилися
consents-none = Ви ще ні на що не погодилися. Ніщо, для чого потрібна ваша згода, не відбудеться без неї.
consent-given = Ви погодилися { $date }.
consent-declined = Ви відмовилися { $date }.
consent-withdrawn = Ви відкликали свою згоду { $date }.
consent-withdraw-how = Ви можете передумати будь-коли і не пояснювати чому. Скажіть будь-кому з команди або людині, яка вас підтримує, і ми зупинимося.

purpose-take-part = Участь в інтерв’ю
purpose-take-part-explain = Ви вирішуєте, чи говорити з нами. Якщо ви скажете «ні», ви все одно отримаєте підтримку.
purpose-recording = Аудіо- або відеозапис інтерв’ю
purpose-recording-explain = Завдяки запису вам, можливо, не доведеться розповідати свою історію знову. Ви можете попросити нас зупинити запис.
purpose-use-as-evidence = Використання ваших слів як доказу
purpose-use-as-evidence-explain = Ваші слова можуть використати в суді, щоб притягнути до відповідальності людей, які заподіяли вам шкоду.
purpose-share-record = Передача запису ваших слів організації { $agency }
purpose-share-record-explain = Тоді { $agency } зможе прочитати те, що ви вже розповіли, і не питатиме вас знову.
purpose-referral = Передача ваших контактних даних службі { $service }
purpose-referral-explain = Тоді { $service } зможе зв’язатися з вами і запропонувати допомогу.
purpose-medical-examination = Медичний огляд
purpose-medical-examination-explain = Лікар перевіряє ваше здоров’я і може записати травми. Ви можете попросити, щоб вас оглядала жінка або чоловік.
purpose-photographs = Фотографії
purpose-photographs-explain = Фото травм або документів можуть допомогти у вашій справі. Ви вирішуєте, що фотографувати.
purpose-contact-afterwards = Зв’язок з вами пізніше
purpose-contact-afterwards-explain = Ми можемо зв’язатися з вами пізніше щодо вашої справи, у спосіб, який ви оберете.

support-heading = Куди звернутися по підтримку
support-none = Службу підтримки ще не організовано.
support-phone = Телефон: { $number }
support-hours = Години роботи: { $hours }
support-languages = Мови: { $languages }
support-email = Ел. пошта: { $email }
handout-keep = Цей аркуш — ваш. Зберігайте його в безпечному місці або залиште в людини, якій довіряєте.
