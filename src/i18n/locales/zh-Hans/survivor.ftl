### Texts given to the survivor, in Chinese (Simplified script): rights, consent explanations, the handout. Plain words.

# For the team, never shown to the survivor: how far this translation has been checked
# (source, machine-assisted or reviewed). Machine-assisted, not yet reviewed by a native speaker.
review-status = machine-assisted

handout-title = 您的面谈：您的权利和您能得到的支持
handout-reference = 编号：{ $code }
handout-date = 制作日期：{ $date }

rights-heading = 您在面谈中的权利
right-stop = 您可以随时停止面谈。
right-break = 您需要休息时，随时可以要求休息。
right-not-answer = 您不必回答每一个问题。您可以说：“我不想回答。”
right-interpreter = 您可以免费请一位讲您的语言的口译员。
right-support-person = 您可以请一位支持人员陪着您。
right-tell-once = 您不应该一遍又一遍地讲自己的经历。您可以问一问，是否已经有人有这些内容。

consents-heading = 您同意了什么
consents-none = 您还没有同意任何事情。任何需要您同意的事情，没有您的同意都不会进行。
consent-given = 您在{ $date }同意了。
consent-declined = 您在{ $date }拒绝了。
consent-withdrawn = 您在{ $date }撤回了同意。
consent-withdraw-how = 您可以随时改变主意，不需要说明理由。告诉团队中的任何人，或者告诉支持人员，我们就会停止。

purpose-take-part = 参加面谈
purpose-take-part-explain = 是否和我们交谈，由您决定。如果您拒绝，仍然可以得到支持。
purpose-recording = 对面谈录音或录像
purpose-recording-explain = 有了录音或录像，您可能不必再讲一遍自己的经历。您可以要求我们停止录制。
purpose-use-as-evidence = 把您说的话用作证据
purpose-use-as-evidence-explain = 您说的话可能会在法庭上使用，让伤害您的人承担责任。
purpose-share-record = 把您所说内容的记录分享给{ $agency }
purpose-share-record-explain = 这样，{ $agency }可以阅读您已经讲过的内容，不用再问您一遍。
purpose-referral = 把您的联系方式交给{ $service }
purpose-referral-explain = 这样，{ $service }可以联系您，为您提供帮助。
purpose-medical-examination = 医学检查
purpose-medical-examination-explain = 医生会检查您的身体，并可以记录伤情。您可以要求由女医生或男医生为您检查。
purpose-photographs = 拍照
purpose-photographs-explain = 伤处或证件的照片可以帮助您的案件。拍什么由您决定。
purpose-contact-afterwards = 以后与您联系
purpose-contact-afterwards-explain = 我们以后可能会就您的案件和您联系，联系方式由您选择。

support-heading = 您可以联系的支持服务
support-none = 目前还没有安排支持服务。
support-phone = 电话：{ $number }
support-hours = 服务时间：{ $hours }
support-languages = 语言：{ $languages }
support-email = 电子邮件：{ $email }
handout-keep = 这张纸是您的。请把它放在安全的地方，或者交给您信任的人保管。
