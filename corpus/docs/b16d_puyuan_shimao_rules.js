const id14 = {
    "id":14,
    "type":28,
    "title":"“直播经济时代”加速到来，专场市场如何“危”中抓“机”？",
    "cover":0,
    "photos":null,
    "content":`<p><img src="http://47.110.135.173/maofancity/admin/public/uploads/images/editors/2020/0911/user_1_1599832450_TGuBawI7N1.jpg"/></p><p><br/></p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">“每10件毛衫当中，有7件产自濮院，大家还不快来买!”日前，桐乡市委副书记、市长于会游来到浙江省毛衫产业创新服务综合体暨320创意广场的直播间内，为濮院毛衫“带货”。短短几分钟，直播间就“涌入”了270万网友。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　一支话筒、一个摄像头、一台电脑，人人皆主播。今年2月以来，网络直播这种方式，强势登上濮院羊毛衫市场上的“热搜榜”，且久居不下。疫情之下，实体市场面临着巨大冲击，疫情催化之下“直播经济时代”加速到来，同时也给经历了40多年风风雨雨的濮院羊毛衫市场出了一道全新的考题：“云上”直播之于实体产业，价值几何？</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　<strong style="margin: 0px; padding: 0px; list-style: none; text-overflow: ellipsis;">A “客串主播”数量激增</strong></p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　“你们也做直播？想拿什么样的货？”3月24日下午3点多，店里来了位做直播的“同行”，热络的侯彬立刻掏出手机，加了微信。“这条纱裙仙女飘飘的，镜头下可好看了。”“我们家新出的薄款风衣‘能干’，直播卖得‘爆爆’的。”与顾客言谈间，侯彬不时蹦出些直播行话，把顾客逗得呵呵笑。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　侯彬是濮院国际时装城“纳兰羽”门店的店长，热情爽朗，一口东北味的普通话，自带亲切感。前段时间，侯彬连续“客串”了10多天的主播，在网上推销自家门店的女装。男店长卖女装，有噱头。“第一次直播卖出了17件，最多一次卖出了100多件。”这位“新手直播”带货成绩还算不错，在有400家品牌商户的时装城里，被当成直播卖货的“先进典型”，着实火了一把。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　彼时，在实体市场未能发动的情况下，濮院镇党委政府和濮院羊毛衫市场管委会于2月15日发布了羊毛衫市场“线上开市”公告，引起广泛关注，仅“濮院发布”平台网络点击量就突破2万次。濮院羊毛衫市场管委会出台“七大政策”，明确鼓励符合条件的市场经营户、所有企业以及电商平台、机构，直播、网店、微商、社群营销……尽可能利用一切线上经营模式，全力打造濮院服装服饰线上市场。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　侯彬说，门店是去年9月刚开业的，和濮院大多数的门店一样，做的是线下批发生意。疫情之下，天南海北的客人过不来，传统的销售渠道断了，而成立不到半年的门店还没有完成原始的客户积累，生意实在难“开张”。直播卖货，成了侯彬当下的最好选择，“门店正好当直播间用了。”</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　与此同时，濮院许多实体企业也把直播作为“云复工”的首选方式。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　浙江浅秋针织服饰有限公司是濮院本地一家老牌羊毛衫企业，这些年正由单一的毛衫转向全品类发展。这场疫情或多或少影响了公司的春季销售，于是该公司尝试着做起了直播。陆伊琳曾担任过“浅秋”的微商运营总监，还兼做模特，之后转向品牌和产品推广，如今又“兼职”做起了公司主播。尽管是直播新手，但每次直播前，她都会精心准备好服装搭配、串讲词、直播间福利等，力求把每次直播做到完美。“每一个岗位，对我而言，都是一个锻炼的平台，更是一次成长的机会。”陆伊琳坦言。3月14日，他们做的一场以职场达人为主题的直播，2小时内浏览量达到了4.3万人次，也赢得了客户的点赞。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　再早一些，浙江喜歌实业有限公司就发出“直播”动员令，公司负责人主动带头，销售团队全员出击，人人涉水“直播”，积极应对此次疫情危机。在某直播平台上，2月1日才发布第一个作品的“喜哥创业”号，已经积累了10.2万粉丝量。在每周三、每周六的直播现场，公司董事长陈贤喜也经常入镜，亲自带货。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　在濮院，像这样的“客串主播”数量猛增。他们中有门店店长、店员，也有公司行政人员，还有企业负责人，大多是从今年2月之后才开播的“新手”。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　<strong style="margin: 0px; padding: 0px; list-style: none; text-overflow: ellipsis;">B从“0”到“1”并不容易</strong></p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　今年这场突如其来的新冠肺炎疫情，让线下市场遭遇到了前所未有的冲击。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　濮院是目前全球规模最大的毛针织产业集群，拥有全国最大的毛针织服饰专业市场，商铺达1.3万多间，2019年市场实现交易额突破1000亿元。今年，濮院羊毛衫市场线下复市时间和往年相比，足足推迟了20多天。2月21日，濮院羊毛衫市场线下复市当天，包括濮院国际时装城在内的20个交易区重启，3000多个经营户进场营业。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　但受疫情管控影响，顾客来了，也不能如原来那么随意。濮院羊毛衫市场每个交易区统一执行严格的防控措施，每个人进门都要测体温，出示健康码，做好登记。这样的严防死守，经营户们能理解，但心里也挺着急，这样一来，更多人把目光投向了愈发热闹、几乎不设任何受限条件的直播上。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　濮院大多数门店向来习惯招年轻人当店员，他们对门店产品有更深的了解。不少经营户就把自家店员培养成“主播”，在各大直播平台上卖货。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　“以前是批发，可能几分钟就能卖出100件。现在做直播(零售)了，可能几个小时才能卖出1件。”一家门店的负责人施明芳告诉记者，尽管前后销量反差有点大，但直播是个大趋势，一定要试试。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　她和几个店员都是直播“零基础”，现在每个人都开了账号，现学现卖，当起了“主播”。施明芳也尝试着亲自直播了几天，眼见着浏览量慢慢涨上去了，到了直播的第4天，2小时浏览量就达到了598。可在此期间施明芳“断档”了一两天，浏览量就直线下降至个位数。“唉，等于要从头来过。我们做的又是中高端女装，直播销量一下子很难上去。”施明芳说，“主播”并不好做，现在一下子要转型，那些做惯了线下批发的经营户，迫切需要专业的直播知识培训。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　在热闹的“直播带货”市场中，要促成一场成功的直播，并非一人一店一手机这么简单，需要多方合作。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　谈及直播卖货，时装城的“衣米家”门店负责人何华增，这位从1993年就涉足服装行业的生意人持谨慎态度，考虑得也更为长远。“批发和零售还是两码子事，直播要有好主播，要养客户群，后道还要有充足的货源，资金可流转的厂家。没有一支专业的直播团队是不行的。”</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　尽管如此，何华增还是让店员轮流当“主播”，专为老客户直播，一天的发货量维持在四五千件。“以前外地客户想看货是通过图片，现在我们通过直播，更方便一些，这也算维系老客户的一种方式吧。”何华增说，“专业人做专业的事。服装产业毕竟是长青产业，企业会垮，产业总不会垮。我们先‘自救’，把这个难关扛过去。”</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　<strong style="margin: 0px; padding: 0px; list-style: none; text-overflow: ellipsis;">C在直播中觅发展新路</strong></p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　一次疫情像是出了一道选择题：有人坚持原答案，也有人换了新选项。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　直播，不失为“危”中的一线生机。“OMG！所有女生，买它！”随着知名主播李佳琦“名句”的走红，电商直播以颠覆式的影响力，迅速刷新大众对新消费方式的认知，也让所有人见识到了直播强大的带货能力：一部薄薄的手机，就能实现直播现场和广阔市场的无缝对接。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　这段时间，濮院也及时开设了《时尚濮院线上大讲堂》，对市场商户及其员工进行线上贸易技能免费培训，还对线上开市商户给予一定的激励。各个交易区也根据商户需求，针对性开展免费的线上培训。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　“闲着也是闲着，都去听了听，有些老师讲的内容蛮实在的。”侯彬说，直播卖货是他一直想尝试的事情，此前也对直播有所了解，所以当起主播来，他劲头十足。直播又和门店卖货不一样，也有技巧，主播“嘴巴”巧不巧挺关键的。侯彬告诉记者，“我虽然没法像女主播那样在镜头前试穿，但是可以卖均码女装。针对不同群体在多个直播平台开设多个账号，直播不同价位的服装。”这些天线下客人逐渐多了起来，侯彬不得不把自己的直播时间从下午挪到晚上。记者到店后的半小时内，就有三四波客人上门来看货，其中“主播”来拿货的居多。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　“之前批发和直播兼有，今年打算专心做直播了。”“非表象”门店负责人翁林富立刻开始行动：一方面想办法开源节流，另一方面加大了直播频率，还找了专业“主播”做“外援”。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　在他的门店里，还特意开辟出一块直播区域，电脑、灯光、背景板一应俱全。尽管有一支直播团队在运营，也不用亲自上主播，但翁林富也常在直播现场待着。这些天，凌晨二三点下班，已经成为他的工作常态。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　“我们有3年的直播经验，有固定‘主播’一直在帮我们带货。”相比其他经营户，翁林富有些庆幸，至少自己不是“零起步”做直播。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　专业市场也在积极融入数字化时代。记者了解到，围绕电商直播，濮院多个交易市场已经有所行动，积极鼓励和引导广大经营户拓展线上销售新渠道。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　中央商城通过市场引导、平台合作，即积极引进专业机构，提供网红培训、成长学院、短视频打造、爆品打造、供应链整合、融媒体资源整合等网红全产业链资源，为线下实体门店赋能，打造线上线下全渠道销售模式。2018年6月开业的濮院时尚中心在6楼空中花园建造了1000余平方米的时尚趋势发布厅，引进网红直播机构，以货品中心、仓储中心、物流中心链接阿里巴巴、淘宝直播、抖音等合作平台，提供电商直播、联营推广、供应链管理等价值链服务，为市场商户打通线上线下销售渠道。濮院毛衫城在去年开发的小程序“衣多衣”，也为广大经营户提供了可随时上传新款服装视频的展示窗口。以线上方式为经营户和采购商牵线搭桥。采购商找到商家并微信联系交易1万多次，电话联系交易5000多次。</p><p style="padding: 0px; list-style: none; text-overflow: ellipsis; font-family: 微软雅黑, Arial; font-size: 18px; white-space: normal; background-color: rgb(255, 255, 255);">　　“帮助企业快速通过互联网开拓市场，同时开放直播等快速经营工具让企业降低触网门槛……”3月21日，濮院镇人民政府的微信公众号“濮院发布”，向濮院商家和企业发布了阿里巴巴“桐乡直播日”的报名帖，短短几天报名名额已满。从中足以看出，“直播经济时代”已然到来。</p><p><br/></p><p><br/></p>`,
    "link":null,
    "click":66,
    "recommend":0,
    "status":true,
    "created_at":"2020-09-11 07:04:24",
    "updated_at":"2020-10-18 23:39:46",
    "sort":1,
    "cvoer_path":"",
    "created_timestamp":1599807864,
    "updated_timestamp":1603064386,
    "cover_info":null
}
const id112 = {
    "id":112,
    "type":28,
    "title":"五化宣传",
    "cover":null,
    "photos":null,
    "content":`<p style="text-indent:37px;line-height:39px"><span style="font-size:19px;font-family:宋体">为推动市场治理体制机制创新，优化营商环境，增强发展活力，实现全省市场高质量和现代化发展</span><span style="font-size:19px">,</span><span style="font-size:19px;font-family:宋体">浙江省市场监督管理局在今年市场改造提升工作中对市场提出新要求、新标准。打造一批五化市场是贯彻落实省委十四届六次全会关于“加快最多跑一次改革延伸覆盖，推动公共场所服务大提升”的决策部署。五化市场服务体系是指便利化、智慧化、人性化、特色化、规范化</span><span style="font-size:19px">”</span><span style="font-size:19px;font-family:宋体">为一体的市场服务体系。</span></p><p style="text-indent:37px;line-height:39px"><span style="font-size:19px;font-family:宋体">根据《浙江省农贸市场和专业市场</span> <span style="font-size:19px;font-family: 宋体">“五化”提升行动方案》（浙市监〔</span><span style="font-size:19px">2020</span><span style="font-size:19px;font-family:宋体">〕</span><span style="font-size:19px">7</span><span style="font-size:19px;font-family:宋体">号）文件要求，</span><span style="font-size:19px">2020</span><span style="font-size:19px;font-family:宋体">年桐乡市列入全省农贸市场和专业市场“五化”（便利化、智慧化、人性化、特色化、规范化）提升第一批创建的市场有</span><span style="font-size:19px">3</span><span style="font-size:19px;font-family:宋体">家，分别是：桐乡市第二中心菜场、桐乡市崇福集贸市场、桐乡市濮院羊毛衫市场（集群）。</span></p><p style="text-indent:37px;line-height:39px"><span style="font-size:19px;font-family:宋体">为扎实推动此项工作进展，濮院管委会成立羊毛衫市场五化创建专班，此次五化创建，涉及七个专业市场，包括股份公司、时尚中心、国贸名品港、世贸大厦、濮院毛衫城、中央商城、时装城。五化创建专班对各市场的任务进行梳理和细化，要求七大市场对照执行，并通过走访及每周例会形式，了解各市场的短板及亮点，创建过程中的困难，督促各市场改造提升，力争早日达到五化创建要求。</span></p><p style="text-indent:37px;line-height:39px"><span style="font-size:19px;font-family:宋体">浙江省市场监督管理局五化市场创建目标是至</span><span style="font-size:19px">2021</span><span style="font-size:19px;font-family:宋体">年</span><span style="font-size:19px">6</span><span style="font-size:19px;font-family:宋体">月底，全省有不少于</span><span style="font-size:19px">200</span><span style="font-size:19px;font-family:宋体">家农贸市场和专业市场达到</span><span style="font-size:19px">“</span><span style="font-size:19px;font-family:宋体">五化</span><span style="font-size:19px">”</span><span style="font-size:19px;font-family:宋体">标准；</span><span style="font-size:19px">2022</span><span style="font-size:19px;font-family:宋体">年杭州亚运会举办前，全省五星级、四星级农贸市场和专业市场实现</span><span style="font-size:19px">“</span><span style="font-size:19px;font-family:宋体">五化</span><span style="font-size:19px">”</span><span style="font-size:19px;font-family:宋体">达标全覆盖，全省</span><span style="font-size:19px">80%</span><span style="font-size:19px;font-family:宋体">以上的城区三星级农贸市场和专业市场达到</span><span style="font-size:19px">“</span><span style="font-size:19px;font-family:宋体">五化</span><span style="font-size:19px">”</span><span style="font-size:19px;font-family:宋体">标准。</span></p><p> </p><p><br/></p>`,
    "link":null,
    "click":18,
    "recommend":0,
    "status":true,
    "created_at":"2020-09-15 08:07:42",
    "updated_at":"2020-10-15 05:49:03",
    "sort":1,
    "cvoer_path":"",
    "created_timestamp":1600157262,
    "updated_timestamp":1602740943,
    "cover_info":null
}
const id113 = {
    content: `<div>
    <p style="font-weight: 900;margin:0;font-size: 22px;text-align: center;">大厦治安守则</p>
    一、遵守大厦工作人员规章制度，检查督促大厦经营户做好防盗、防火工作。
    二、维护日常交易秩序，对在公共场侮辱、打骂及无理取闹等行为进行处理。
    三、对通道上乱堆杂物和车辆不按规定停放的，进行劝说制止，并酌情给予处理。
    四、做好昼夜值班安全保卫工作，并完整记录值班情况，对夜间进出人员必须做好登记工作。
    五、对擅自拿用或损害公共财产及危害社会公益现象进行教育处理。
    六、服从市场管理部门工作安排，及时处理一般市场纠纷并主动与有关部门联系汇报以取的支持。
    七、晚上非大厦工作人员，一律不得进入，如有特殊情况，值班人员必须陪同进入。
    八、工作人员不得无故迟到、早退和擅离职守，遵守大厦工作人员的各项规章制度。
    九、大厦营业结束后，，对直廊推窗关闭情况检查一次，门上锁是否符合安全要求。
    十、秉公执法，照章办事，及时掌握大厦治安动态情况，如遇突发事件，应迅速报告有关治安执法部门。</div>`
}

const id117 = {
    content: `<div>
    <p style="font-weight: 900;margin:0;font-size: 22px;text-align: center;">世贸大厦安全防火管理规程</p>
    目的：
    建立行之有效的消防安全管理体系，确保管理区域的安全，保证管理区域正常工作秩序。
    职责：
    1、保安主管负责消防培训、制定演习方案、检查、整改工作。
    2、保安主管对上述工作进行检查。
    3、管理处主任对消防工作全面负责。
    工作程序
    1、认真贯彻执行《中华人民共和国消防条例》和各消防安全要求，“预防为主，消防结合”，组织全体管理处员工学习消防安全知识，掌握消防器材适用方法，定期对管理区域进行检查。成立业余消防队，由业余消防队队员每月对管理区域消防器材进行全面检查，做好记录，对存在问题及时处理，以保证消防设施完好。
    2、全体管理处员工要熟悉所有在管理区域的安全通道和消防器材所处位置，发生火情时要沉着冷静。火情轻时，用灭火器扑火，火情大时，及时报警。对新员工紧新进行消防安全教育。
    3、消防控制中心24小时值班。值班人员经训练合格后上岗，并熟悉所在管理区域的消防安全情况，掌握消防设施的操作使用。值班人员必须准时上岗，作好交接班工作，做好值班记录。如有火情发生，及时报警，消防控制中心值班人员操作消防设施使用。
    4、管理区域内禁止动用明火操作，若必须动火，须办理审批手续，经同意后方可操作。动用明火时必须落实监护措施，派专人负责监护。禁止存放易燃、易爆、危险品等物。禁烟区域严禁吸烟。
    5、爱护消防设备，不得擅自动用消防设施，管理区域内不可占用防火间距，堵塞消防通道。根据防火要求，配置消防器材，并指定专人负责管理保养。如要求动用消防设备或消防水，需由管理处报请政府有关部门同意后方可动用。
    6、为了保护地球臭氧层、防止大气污染，从2000年1月1日起，不再采购卤代烷类的灭火器，如1211等，用水型灭火机、泡沫灭火机、干粉灭火机替代。至2001年年底最终停止使用卤代烷类灭火机。</div>`
}
const id118 = {
    content: `<div>
    <p style="font-weight: 900;margin:0;font-size: 22px;text-align: center;">世贸大厦防疫小组</p>
    1、组织架构
    组长：沈梅清 （13505838063）
    出入口管理负责人：王腾（15257298016）、蒋凤明（15257298058）、杨友福（15990395245）
    信息登记负责人：朱伟仙（13758309298）
    信息报送负责人：曹银菊（18268369918）
    环境管理负责人：莫雪明（15257298060）
    应急处理负责人：金雪刚（13567322426）
    濮院镇防控疫情防控领导小组办公室电话。（电话号码：0573-89397049）
    2、操作流程
    第一步：检查商户是否戴口罩，大门口扫码出示“桐健码”，待激活状态的告知去派出所激活，待审核状态的告知需审核完成，先回家等消息。
    第二步：进门测温，出示身份证原件登记。
    第三部：填写资料《世贸大厦通行证办理登记表》、《市场返岗人员承诺书》、《健康状况申报表》
    第四部：资料填写无误后服务台办理世贸大厦准入证
    3、注意事项
    工作人员间距不得小于1.5米，排队办证商户距离不得小于1.5米，拉好警戒线。</div>`
}
