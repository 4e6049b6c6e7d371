const netice=[
    {
        id:'1',
        title:'文安一小班主任基本功大赛通知',
        time:'2019-11-8',
        comment:`
<p class="MsoNormal" align="center" style="text-align:center;">
\t<p class="MsoNormal" style="text-indent:32.0000pt;">
\t\t为进一步加强学校德育工作，深入推进中小学班主任队伍专业化建设，提高班主任管理工作水平，我校举办班主任基本功大赛，为保证班主任基本功大赛组织工作的严密规范和公开公正，达到预期的效果，特制定以下通知。
\t</p>
\t<p class="MsoNormal" style="text-indent:10.0000pt;">
\t\t一、比赛时间、地点
\t</p>
\t<p class="MsoNormal" style="text-indent:32.0000pt;">
\t\t2019年11月12日，北三楼会议室。
\t</p>
\t<p class="MsoNormal" style="text-indent:10.0000pt;">
\t\t二、比赛内容
\t</p>
\t<p class="MsoNormal" style="text-indent:10pt;">
\t\t<b>1</b><b>.教育故事演讲，时间</b><b>5</b><b>分钟</b><b></b>
\t</p>
\t<p class="MsoNormal" style="text-indent:32pt;">
\t\t参赛选手就班主任工作中亲身经历的、印象深刻的教育故事进行演讲。要求故事真实感人，对班主任工作有启发意义。
\t</p>
\t<p class="MsoNormal" style="text-indent:10pt;">
\t\t<b>2</b><b>.情景答辩，时间</b><b>5</b><b>分钟</b><b></b>
\t</p>
\t<p class="MsoNormal" style="text-indent:10pt;">
\t\t参赛选手现场抽签一个案例，按案例的内容进行场景模拟，分析案例，并说出处理解决的办法。
\t</p>
\t<p class="MsoNormal" style="text-indent:10pt;">
\t\t<b>3</b><b>.才艺展示，时间</b><b>5</b><b>分钟</b><b></b>
\t</p>
\t<p class="MsoNormal" style="text-indent:10pt;">
\t\t参赛选手在现场进行才艺表演（演唱歌曲、舞蹈、器乐演奏、绘画、书法、朗诵等）展示高雅的气质和综合素质。有关道具和材料自备。
\t</p>
\t<p class="MsoNormal" style="text-indent:10pt;">
\t\t<b>4</b><b>.主题班会设计</b>。现场抽签背景材料和要求，设计主题班会课和班集体活动，时间为5分钟。
\t</p>
\t<p class="MsoNormal" style="text-indent:10.0000pt;">
\t\t三、评委设定
\t</p>
\t<p class="MsoNormal" style="text-indent:32.0000pt;">
\t\t高志慧、田雪莲、宗苗、杨军苓、王立华
\t</p>
\t<p class="MsoNormal" style="text-indent:10.0000pt;">
\t\t五、奖励
\t</p>
\t<p class="MsoNormal" style="text-indent:32.0000pt;">
\t\t<span>凡参与此次活动的教师，都会获得量化分数；优胜者分数加倍，并报名参加教育和体育局组织的</span>“第三届中小学班主任基本功大赛”
\t</p>
\t<p class="MsoNormal" style="text-indent:10.0000pt;">
\t\t&nbsp;
\t</p>
\t<p class="MsoNormal" style="text-indent:10.0000pt;">
\t\t&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<span>文安县第一小学</span>
\t</p>
\t<p class="MsoNormal">
\t\t&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2019年11月8日
\t</p>
</p>
<p class="MsoNormal" style="text-indent:28.0000pt;">
\t<br />
</p>`
    }, {
        id:'2',
        title:'开展“世界读书日”主题教育活动通知',
        time:'2020-04-17',
        comment:`
<p class="MsoNormal" style="text-indent:32.0000pt;">
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>腹有诗书气自华，最是书香能致远。</span>“书本是甜的，知识和智慧是抢不走的，学者是最受尊崇的”，要想成为一个知识渊博、富有智慧、受人尊崇的人，就必须持之以恒的读书。读书，可以拓宽视野，陶冶情操，增强师生热爱祖国语言文化的思想感情。<span>4</span><span>月</span><span>23</span><span>日是“世界读书日”，让我们一起携手，大声朗读吧！</span>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t一、活动主题：与书同行，点亮人生
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t二、活动内容：
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>（一）</span>4<span>月</span><span>20</span><span>日上午</span><span>9:20</span><span>，请师生准时参与“世界读书日”主题升旗仪式，通过国旗下讲话，全面启动读书活动。各班拍照上传（穿校服红领巾、横向拍摄、原图，敬队礼姿势正确）</span>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>（二）</span>4<span>月</span><span>21</span><span>日下午，各班组织“世界读书日”主题班会，了解“世界读书日”的由来、意义，发起各项读书活动。每班传开班会截图一张。</span>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>（三）</span>“世界读书日”活动内容：
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t1.<span>班内朗读比赛活动。师生每人录制一段小视频或音频作品。内容分别为：课本中喜欢的散文、故事、诗歌等；抗疫的故事、散文或诗歌；经典作品、名著的经典段落等。优秀的视频作品将在学校大屏上展示，优秀的音频作品可在每天早晨“隔空喊话”段展示。</span>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t2.<span>参与文安县图书馆举办的“我见证，中国力量”全民朗读活动。识别程序码进入微信小程序，在活动专区报名，配乐朗读生成作品参赛。</span>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t3.<span>“好书推介”小征文活动。可以向同学推荐“对我影响最深的一本书”，也可以写读后感，题材不限。</span>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t4.<span>做一张精美的“读书卡”。可以写上故事内容、读后感悟、佳句赏析等，再配上美丽的小插图，体验读书的成就感和快乐感。</span>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>三、作品择优上报：以上</span>4<span>项读书活动，每班每项至少推出两个优秀作品传到本群（横向拍摄、发原图，共</span><span>8</span><span>个以上），各班可根据情况分组完成。</span>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t&nbsp;
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<span>文安县第一小学</span>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2020.4.17
\t</p>
</p>
<p class="MsoNormal" style="text-indent:28.0000pt;">
\t<br />
</p>`
    }, {
        id:'3',
        title:'防疫在家  如何自律\n' +
            '--文安一小主题班会活动通知',
        time:'2020-02-26',
        comment:`
<p class="MsoNormal" align="center" style="text-align:center;">
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t一、活动主题
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>防疫在家</span> &nbsp;<span>如何自律</span>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t二、活动时间
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t2月26日下午第二节课
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t三、活动对象
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t一到六年级
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t四、活动方式
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t采用微信、企业微信、钉钉等软上线教育。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t五、活动内容
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>老师们提前给学生布置了主题班会内容：</span>1.学生自主设计“一天作息时间表”（合理安排起床、学习、运动、读书、娱乐、休息等时间段），谈谈如何做到自律。2.2月26日下午，在班级群内线上讨论交流，形成一个“本班作息时间表”。3.把“如何做到自律”主题班会作品展示。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t&nbsp;
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t六、活动要求
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t1. 高度重视，认真开展
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t本次系列主题班会活动依托网络开展，希望各班级提前策划，使全体学生积极参与到主题班会活动之中来，进一步加强对学生疫情防控、思想政治引领等工作。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t2. 精心设计，彰显特色
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>各班级结合实际情况，要求每个学生发言时长</span>3-5分钟，为保证效果，可提前布置每个学生写好发言稿，并物色好主持人，即日起至3月底让每个学生在网络主题班会（每周一次）上完成一次发言，班主任做最后总结并收集学生精彩的发言。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t3. 确保时效，按时上报
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t将收集的学生精彩作品发往学校群，及时整理。
\t</p>
\t<p class="MsoNormal" style="text-indent:10.0000pt;">
\t\t<b>&nbsp;</b>
\t</p>
\t<p class="MsoNormal" align="right" style="text-indent:10.0000pt;text-align:right;">
\t\t文安县第一小学
\t</p>
\t<p class="MsoNormal">
\t\t2020年2月26日
\t</p>
</p>
<p class="MsoNormal" style="text-indent:28.0000pt;">
\t<br />
</p>`
    }, {
        id:'4',
        title:'感恩母亲，回报真情\n' +
            '——文安一小庆“三八妇女节”线上主题感恩教育活动通知',
        time:'2020-03-10',
        comment:`
<br>
<p class="MsoNormal" style="text-indent:28.0000pt;">
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t一、活动意义
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t&nbsp;<span>三八妇女节是女性的节日，是天下母亲的节日，在三八妇女节到来之际，开展一些实在而有意义的活动，让学生真正的认识到妇女的伟大，为妇女骄傲，懂得去赞美女性。</span> 
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>二、活动目标</span> 
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t1.了解三八妇女节的来历。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t2.了解世界著名女性的事迹
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t3.<span>为妈妈庆祝一次节日。</span> 
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t4.懂得去赞美女性，为妇女骄傲。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>三、活动实施</span> 
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t1.通过网上查找资料，了解世界妇女节的来历。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t2.上网、询问家长等形式，了解历史上的著名女性的有关事迹。收集有关妇女的故事，体会妇女的伟大。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t3.<span>观察妈妈一天做的事。看看妈妈一天做了哪些事，分析妈妈哪些事是为自己做的，哪些是为了家庭为了孩子在做，体会妈妈的辛劳。</span> 
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t4.<span>为妈妈过一个有意义的三八妇女节。共同策划，想想好的建议：给妈妈一个惊喜、为妈妈分担家务、答应妈妈一件事、为妈妈唱首歌、为妈妈亲手做上一张贺卡、省下零用钱为妈妈买一件礼物、向妈妈说说心里</span> <span>话</span>……
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t5.<span>落实行动，回家为妈妈过节。</span> 
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t6.<span>交流活动感想。</span> 
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t四、活动时间
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t3 月10日 下午第二节课
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t五、活动方式
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t线上教育
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t&nbsp;
\t</p>
\t<p class="MsoNormal" align="right" style="text-indent:28.0000pt;text-align:right;">
\t\t文安县第一小学
\t</p>
\t<p class="MsoNormal">
\t\t2020年3月10日
\t</p>
</p>
<p class="MsoNormal" style="text-indent:28.0000pt;">
\t<br />
</p>`
    }, {
        id:'5',
        title:'安县第一小学关于举办硬笔书法活动通知',
        time:'2019-10-15',
        comment:`
        <p class="MsoNormal" style="text-indent:28.0000pt;">
\t<span> </span> 
</p>
<p class="MsoNormal">
\t<span> </span> 
</p>
<p class="MsoNormal" style="text-indent:32.0000pt;">
\t<span> </span> 
</p>
<p class="MsoNormal" align="center" style="text-align:center;">
\t<p class="MsoNormal" style="text-indent:32.0000pt;">
\t\t为促进学校规范汉字书写教育工作，进一步规范汉字的书写和应用，丰富学生课余生活，展示学生风采，全面提高学生书写水平，学校决定举行小学生硬笔书法活动。现将活动的具体事宜通知如下：
\t</p>
\t<p class="15" style="margin-left:0.0000pt;text-indent:32.0000pt;">
\t\t一、&nbsp;指导思想
\t</p>
\t<p class="15" style="text-indent:32.0000pt;">
\t\t为继承中华民族优秀传统文化，弘扬汉字硬笔书法艺术，进一步推动写字教学工作。
\t</p>
\t<p class="15" style="margin-left:0.0000pt;text-indent:32.0000pt;">
\t\t二、&nbsp;活动对象
\t</p>
\t<p class="15" style="text-indent:32.0000pt;">
\t\t一至六年级全体学生
\t</p>
\t<p class="15" style="margin-left:0.0000pt;text-indent:32.0000pt;">
\t\t三、&nbsp;活动时间
\t</p>
\t<p class="15" style="text-indent:32.0000pt;">
\t\t2019年10月17日下午第二节课
\t</p>
\t<p class="15" style="margin-left:0.0000pt;text-indent:32.0000pt;">
\t\t四、&nbsp;活动内容及要求
\t</p>
\t<p class="15" style="margin-left:0.0000pt;text-indent:32.0000pt;">
\t\t1.&nbsp;活动书写内容要求健康向上。
\t</p>
\t<p class="15" style="margin-left:0.0000pt;text-indent:32.0000pt;">
\t\t2.&nbsp;活动学生（一二年级一律用铅笔书写，三至六年级一律用碳素笔书写）
\t</p>
\t<p class="15" style="margin-left:0.0000pt;text-indent:32.0000pt;">
\t\t3.&nbsp;必须统一使用规范汉字，字体工整。
\t</p>
\t<p class="15" style="margin-left:0.0000pt;text-indent:32.0000pt;">
\t\t五、&nbsp;活动安排
\t</p>
\t<p class="15" style="text-indent:32.0000pt;">
\t\t各班级要加强指导训练，再人人参加的基础上组织班级进行书写活动，选拔出较为优秀的作品进行展示。
\t</p>
\t<p class="15" align="right" style="text-indent:32.0000pt;text-align:right;">
\t\t2019年10月15日
\t</p>
\t<p class="15" align="right" style="text-indent:32.0000pt;text-align:right;">
\t\t文安县第一小学
\t</p>
</p>
<p class="MsoNormal" style="text-indent:28.0000pt;">
\t<br />
</p>`
    }, {
        id:'6',
        title:'文安一小讲成语故事活动通知',
        time:'2020-03-04',
        comment:`
        <p class="MsoNormal" style="text-indent:28.0000pt;">
\t<span> </span> 
</p>
<p class="MsoNormal">
\t<span> </span> 
</p>
<p class="MsoNormal" style="text-indent:32.0000pt;">
\t<span> </span> 
</p>
<p class="MsoNormal" align="center" style="text-align:center;">
\t<br />
</p>
<p class="MsoNormal" style="text-indent:32.0000pt;">
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t为了增加孩子们的阅读量，弘扬祖国优秀传统文化，更多了解中国古代成语故事，丰富孩子们宅家抗疫期间的精神文化生活。我校特开展线上讲成语故事展示活动，
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t全员参与，以班为单位组织学生在班级群内进行展示，然后每班推出一个优秀作品在全校展示。
\t</p>
\t<p class="15" style="margin-left:36.0000pt;text-indent:-36.0000pt;">
\t\t一、&nbsp;展示要求
\t</p>
\t<p class="15" style="margin-left:72.0000pt;text-indent:-36.0000pt;">
\t\t1、&nbsp;以讲成语故事为主。（寓言故事、历史故事、神话故事均可）可以录制音频或视频。
\t</p>
\t<p class="15" style="margin-left:72.0000pt;text-indent:-36.0000pt;">
\t\t2、&nbsp;普通话标准，口齿清晰，声音洪亮，有感染力。录制视频要求有表情、动作，服装得体，背景整洁，脱稿上镜。
\t</p>
\t<p class="15" style="margin-left:72.0000pt;text-indent:-36.0000pt;">
\t\t3、&nbsp;各班发动班上的同学在家长的支持下全员参与。先在班级内开展讲成语故事活动展示，然后推出一个班级优秀作品，参加全校的讲成语故事活动展示。
\t</p>
\t<p class="15" style="margin-left:36.0000pt;text-indent:-36.0000pt;">
\t\t二、&nbsp;展示时间：2020<span>年</span><span>3</span><span>月</span><span>12</span><span>日</span>
\t</p>
\t<p class="15" style="margin-left:36.0000pt;text-indent:-36.0000pt;">
\t\t三、&nbsp;展示结果：
\t</p>
\t<p class="15" style="margin-left:36.0000pt;text-indent:0.0000pt;">
\t\t学校将为参加全校讲成语故事的同学颁发奖状。
\t</p>
\t<p class="15" style="margin-left:36.0000pt;text-indent:0.0000pt;">
\t\t&nbsp;
\t</p>
\t<p class="15" align="right" style="margin-left:36.0000pt;text-indent:0.0000pt;text-align:right;">
\t\t文安县第一小学
\t</p>
\t<p class="15" align="right" style="margin-left:36.0000pt;text-indent:0.0000pt;text-align:right;">
\t\t&nbsp;&nbsp;&nbsp;2020<span>年</span><span>3</span><span>月</span><span>4</span><span>日</span>
\t</p>
</p>
<p class="MsoNormal" style="text-indent:28.0000pt;">
\t<br />
</p>`
    }, {
        id:'7',
        title:'文安县第一小学“拒绝暴力，做新时代好少年”\n' +
            '法治专题教育讲座通知',
        time:'2019-09-16',
        comment:`
        <p class="MsoNormal" style="text-indent:28.0000pt;">
\t<span> </span> 
</p>
<p class="MsoNormal">
\t<span> </span> 
</p>
<p class="MsoNormal" style="text-indent:32.0000pt;">
\t<span> </span> 
</p>
<p class="MsoNormal" align="center" style="text-align:center;">
\t<p class="MsoNormal" style="text-indent:32.0000pt;">
\t\t<span>为了加强我校校园安全教育，增强法治观念，提高学生预防校园欺凌的意识和能力，进一步构建安全、和谐、文明的校园环境，学校邀请检察院专委兼我校法治副校长高俪伟、周楠楠检察官来我校进行了</span>“拒绝暴力，做新时代好少年”法治教育专题讲座。
\t</p>
\t<p class="15" style="margin-left:0.0000pt;text-indent:32.0000pt;">
\t\t一、&nbsp;活动主题
\t</p>
\t<p class="15" style="text-indent:32.0000pt;">
\t\t拒绝暴力，做新时代好少年
\t</p>
\t<p class="15" style="margin-left:0.0000pt;text-indent:32.0000pt;">
\t\t二、&nbsp;活动时间
\t</p>
\t<p class="15" style="text-indent:32.0000pt;">
\t\t9月18日下午 第二节课
\t</p>
\t<p class="15" style="margin-left:0.0000pt;text-indent:32.0000pt;">
\t\t三、&nbsp;活动地点
\t</p>
\t<p class="15" style="text-indent:32.0000pt;">
\t\t多媒体教室
\t</p>
\t<p class="15" style="margin-left:0.0000pt;text-indent:32.0000pt;">
\t\t四、&nbsp;参与人员
\t</p>
\t<p class="15" style="text-indent:32.0000pt;">
\t\t校相关领导，学生代表以及部分家长代表
\t</p>
\t<p class="15" style="margin-left:0.0000pt;text-indent:32.0000pt;">
\t\t五、&nbsp;活动程序
\t</p>
\t<p class="15" style="text-indent:32.0000pt;">
\t\t活动简介：法治教育是我校整体工作中尤为重要的一项教育活动，学校经常通过各种形式对全体师生进行法治知识教育，本次学校隆重举行法治教育专题讲座，目的是提高师生的法律意识、让大家遵纪守法，在学校做一个合格的学生，到社会做一名合格的公民。
\t</p>
\t<p class="15" style="text-indent:32.0000pt;">
\t\t第一项：全体起立、奏国歌、少先队员行队礼
\t</p>
\t<p class="15" style="text-indent:32.0000pt;">
\t\t第二项：介绍与会领导
\t</p>
\t<p class="15" style="text-indent:32.0000pt;">
\t\t第三项：法治校长做专题讲座
\t</p>
\t<p class="15" style="text-indent:32.0000pt;">
\t\t第四项：总结
\t</p>
\t<p class="15" align="right" style="text-indent:32.0000pt;text-align:right;">
\t\t2019年9月16日
\t</p>
\t<p class="15" align="right" style="text-indent:32.0000pt;text-align:right;">
\t\t文安县第一小学
\t</p>
</p>
<p class="MsoNormal" style="text-indent:28.0000pt;">
\t<br />
</p>`
    }, {
        id:'9',
        title:'文安县第一小学关于举办口算技能\n' +
            '比赛的通知',
        time:'2019-11-14',
        comment:`
<p class="MsoNormal" style="text-indent:32.0000pt;">
\t<span>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t学生口算能力是一种非常基本和重要的能力，为提高学生计算正确率、计算速度，激发学生学习数学的兴趣，养成良好的计算习惯。根据学校教导处工作计划安排，决定举行数学口算比赛活动。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.1000pt;">
\t\t<b>一、比赛时间</b><b></b>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t2019年11月21日（周四）下午第一节课开始
\t</p>
\t<p class="MsoNormal" style="text-indent:28.1000pt;">
\t\t<b>二、比赛地点</b><b></b>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t多媒体教室
\t</p>
\t<p class="MsoNormal" style="text-indent:28.1000pt;">
\t\t<b>三、参赛人员</b><b></b>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t一至六年级每班由教导处抽取五名学生
\t</p>
\t<p class="MsoNormal" style="text-indent:28.1000pt;">
\t\t<b>四、比赛方式</b><b></b>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t1、由教导处统一出试卷，统一监考。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t2、参赛选手在规定时间内完成100道题。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t3、各年级组长交替判卷，流水作业。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.1000pt;">
\t\t<b>五、奖励办法</b><b></b>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>取各年级前三名授予</span>“学校计算小明星”称号。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t各班数学老师请提前做准备，坚持每天课前五分钟的口算训练，提高每个孩子的计算能力，争取考出好成绩。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t&nbsp;
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t&nbsp;
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t&nbsp;
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t&nbsp;
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t&nbsp;
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<span>文安一小教导处</span>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2019年11月14日
\t</p>
</span>
</p>
<p class="MsoNormal" style="text-indent:28.0000pt;">
\t<br />
</p>`
    }, {
        id:'10',
        title:'“劳动光荣，奉献最美”主题教育实践活动通知',
        time:'2020-04-23',
        comment:`
<p class="MsoNormal" align="center" style="text-align:center;">
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t一、活动目的：进一步增强学生劳动观念，培养学生热爱劳动、甘于奉献的良好品质，增强家庭责任感和社会责任感，锻炼学生劳动的实践技能，大力加强学生的劳动教育。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t二、活动主题：劳动光荣，奉献最美
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t三、活动内容：
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t（一）线上主题升旗仪式。4<span>月</span>27日上午9:20举行全体师生线上主题升旗仪式。各班照相上传原图时，可选取不同的升旗环节画面，反映出咱们升旗仪式的主题。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>（二）线上主题班会。</span>4<span>月</span><span>2</span>8<span>日下午，各班召开</span>“劳动光荣，奉献最美”主题班会。介绍“劳动节”的由来；说出自己心中的劳动榜样（可以是五一劳动模范，也可以是身边的家人、老师、同学、朋友）；回忆自己做过哪些劳动，受到了称赞，给别人带来了快乐；自己选一件力所能及的家务劳动，坚持每天做好，培养自己持之以恒的劳动品质。各班传开班会照片一张。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t（三）劳动实践活动：在家里进行力所能及的劳动:可以带动家长在家里进行卫生大扫除；可以帮家人做饭、洗碗、收拾房间、院落；有小菜园的也可以做适当的田间劳动等。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t（四）劳动习惯养成：劳动最美，需持之以恒。每一个同学选一件力所能及的家务劳动，坚持每天做好，培养自己持之以恒的劳动品质。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t四、学生作品上报：
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>（一）</span>“劳动美”照片。手机横向拍摄，光线明亮、背景干净整洁，人物优美，整体效果好，发原图。每班择优发<span>5</span><span>张。</span>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>（二）</span>“劳动美”小视频。画面清晰，镜头稳，开头有说明题目、作者、学校、班级的字幕。每班择优传<span>3</span><span>个。</span>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>（三）</span>“劳动美”征文、手抄报或绘画。内容：可以讲述自己心中劳动榜样的故事；可以记录自己的一次劳动，受到了称赞，给别人带来了快乐；自己选一件力所能及的家务劳动，坚持每天做好，培养自己持之以恒的劳动品质。每班择优发<span>3</span><span>个，发原图。</span>
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t<span>学生作品</span>4<span>月</span><span>3</span>0<span>日以前上传至</span>“筑梦传承”群。
\t</p>
\t<p class="MsoNormal" style="text-indent:28.0000pt;">
\t\t&nbsp;
\t</p>
\t<p class="MsoNormal" align="right" style="text-indent:28.0000pt;text-align:right;">
\t\t&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;文安县第一小学
\t</p>
\t<p class="MsoNormal" align="right" style="text-indent:28.0000pt;text-align:right;">
\t\t&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2020.4.23
\t</p>
</p>
<p class="MsoNormal" style="text-indent:28.0000pt;">
\t<br />
</p>`
    }