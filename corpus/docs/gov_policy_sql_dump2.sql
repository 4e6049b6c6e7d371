INSERT INTO ge_policy_raw (id, crawl_url, crawl_time, index_number, title, release_office, release_number, policy_basis, wiritten_time, release_time, effect_time, content, image_url, status, html, remark) VALUES (1, 'http://www.gov.cn/zhengce/content/2018-12/29/content_5353307.htm', '2019-02-16 20:29:27', '000014349/2018-00222', '国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定', '国务院', '国发〔2018〕43号', null, '2019-01-21 20:29:27', '2019-01-29 20:29:27', null, '<img src="http://www.gov.cn/zhengce/130.files/sendmail.gif" width="43" height="18" style="margin-right:12px;display:none;"> <a href="/zhengce/content/2018-12/29/content_5353307.htm#" class="black" onclick="javascript:window.external.AddFavorite(document.URL,document.title);return false"><img src="http://www.gov.cn/zhengce/130.files/save.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2018-12/29/content_5353307.htm#" onclick="javascript:window.print()"><img src="http://www.gov.cn/zhengce/130.files/openpage.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2018-12/29/content_5353307.htm#" onclick="window.close()"><img src="http://www.gov.cn/zhengce/130.files/close.gif" width="70" height="18" style="margin-right:12px;"></a>', null, '未处理', '<div class="wrap" style="font-family:宋体;"> 
 <table width="724" border="0" cellpadding="0" cellspacing="0" style="border:1px solid #999999;margin:0 auto;margin-top:10px;"> 
  <tbody> 
   <tr> 
    <td>
     <table width="660" border="0" cellpadding="0" cellspacing="0" class="bd1" style="width:660px;margin:0 auto;margin-top:12px;"> 
      <tbody> 
       <tr> 
        <td width="70"><b>索 引 号：</b></td> 
        <td width="260">000014349/2018-00222</td> 
        <td width="70"><b>主题分类：</b></td> 
        <td width="260">卫生、体育\\医药管理</td> 
       </tr> 
       <tr> 
        <td><b>发文机关：</b></td> 
        <td>国务院</td> 
        <td><b>成文日期：</b></td> 
        <td>2018年12月21日</td> 
       </tr> 
       <tr> 
        <td><b>标　　题：</b></td> 
        <td colspan="3">国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定</td> 
       </tr> 
       <tr> 
        <td><b>发文字号：</b></td> 
        <td>国发〔2018〕43号</td> 
        <td><b>发布日期：</b></td> 
        <td>2018年12月29日</td> 
       </tr> 
      </tbody> 
     </table> 
     <table width="660" border="0" cellpadding="0" cellspacing="0" class="bd1" style="width:660px;margin:0 auto;margin-bottom:12px;"> 
      <tbody> 
       <tr> 
        <td width="70" valign="top"><b>主 题 词：</b></td> 
        <td width="250" valign="top"></td> 
        <td width="68" valign="top"></td> 
        <td valign="top"></td> 
       </tr> 
      </tbody> 
     </table></td> 
   </tr> 
  </tbody> 
 </table> 
 <br> 
 <table width="724" border="0" cellpadding="0" cellspacing="0" style="margin:0 auto;border:1px solid #999999;"> 
  <tbody> 
   <tr> 
    <td><br> 
     <table width="650" border="0" cellpadding="0" cellspacing="0" style="margin:0 auto;"> 
      <tbody> 
       <tr> 
        <td class="b12c" id="UCAP-CONTENT"><p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">国务院关于在海南博鳌乐城国际医疗旅游先行区</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">暂时调整实施《中华人民共和国药品管理法</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">实施条例》有关规定的决定</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">国发〔2018〕43号</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-align: justify; font-family: 宋体;"><br> </p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-align: justify; font-family: 宋体;">各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">为进一步支持海南省试点发展国际医疗旅游相关产业，国务院决定在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》第三十六条的规定，对先行区内医疗机构因临床急需进口少量药品（不含疫苗）的申请，由海南省人民政府实施审批。经批准进口的药品应当在指定医疗机构内用于特定医疗目的。海南省人民政府要明确审批的条件和程序，严格审查医疗机构提出的申请，对经批准进口的药品实施严格的药品追溯管理制度，加强对医疗机构使用药品的监督管理，做好药品不良反应的监测和处理，确保所进口的药品来源渠道安全可靠，确保药品使用安全，切实维护人民群众身体健康和生命安全。具体管理办法由海南省人民政府制定，报国务院药品监督管理部门和国务院卫生主管部门同意后实施。</p> <p style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: right; font-family: 宋体;">国务院 &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp;</p> <p style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: right; font-family: 宋体;">2018年12月21日 &nbsp; &nbsp; &nbsp; &nbsp; &nbsp;</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（此件公开发布）</p></td> 
       </tr> 
       <tr> 
        <td></td> 
       </tr> 
      </tbody> 
     </table> 
     <div id="pageBreak"></div> 
     <!--/enpcontent--> 
     <div id="div_div"> 
      <div id="qr_container" style="margin:auto; position:relative;">
       扫一扫在手机打开当前页
      </div> 
     </div> 
     <div id="pageBreak"></div> 
     <!-- 用来校验该浏览器是否支持HTML5 --> 
     <canvas id="Canvas"></canvas> 
     <table width="650" border="0" align="center" cellpadding="0" cellspacing="0" style="border-top:1px solid #333333;margin:0 auto;margin-top:18px;"> 
      <tbody> 
       <tr> 
        <td height="60" align="center"><img src="http://www.gov.cn/zhengce/130.files/sendmail.gif" width="43" height="18" style="margin-right:12px;display:none;"> <a href="/zhengce/content/2018-12/29/content_5353307.htm#" class="black" onclick="javascript:window.external.AddFavorite(document.URL,document.title);return false"><img src="http://www.gov.cn/zhengce/130.files/save.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2018-12/29/content_5353307.htm#" onclick="javascript:window.print()"><img src="http://www.gov.cn/zhengce/130.files/openpage.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2018-12/29/content_5353307.htm#" onclick="window.close()"><img src="http://www.gov.cn/zhengce/130.files/close.gif" width="70" height="18" style="margin-right:12px;"></a></td> 
       </tr> 
      </tbody> 
     </table> </td> 
   </tr> 
  </tbody> 
 </table> 
 <!--二维码微信微博--> 
 <!--国务院客户端  微博微信  三个链接--> 
 <!--<div class="de_bannerS" style="position: relative;">
	<img src="/govweb/xhtml/2016gov/images/public/de_bannerS.jpg">
    <a href="http://www.gov.cn/public/yidongkehuduan.htm" target="_blank" style="position: absolute; top: 1px; left: 1px; display: block; width: 528px; height: 128px; opacity: 1; background: none;"></a>
	<a href="http://www.gov.cn/home/2014-02/18/content_5046260.htm" target="_blank" style="position: absolute; top: 1px; left: 531px; width: 360px; height: 128px; opacity: 1; background: none;"></a>
</div>--> 
 <!--营改增专题  微博微信  三个链接--> 
 <div class="de_bannerS" style=" position: relative;"> 
  <img src="/govweb/xhtml/2016gov/images/public/de_bannerS_sjh.jpg"> 
  <a href="http://www.gov.cn/public/yidongkehuduan.htm" target="_blank" style="position: absolute; top: 1px; left: 1px; display: block; width: 141px; height: 128px; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
  <a href="http://login.forum.gov.cn/html/form/suggest_wxzlsjh.html" target="_blank" style="position: absolute; top: 1px; left: 143px; width: 370px; height: 128px; opacity: 0; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
  <a href="http://www.gov.cn/home/2014-02/18/content_5046260.htm" target="_blank" style="position: absolute; top: 1px; left: 531px; width: 360px; height: 128px; opacity: 0; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
 </div> 
</div>', 'HTML');
INSERT INTO ge_policy_raw (id, crawl_url, crawl_time, index_number, title, release_office, release_number, policy_basis, wiritten_time, release_time, effect_time, content, image_url, status, html, remark) VALUES (2, 'http://www.gov.cn/zhengce/content/2018-12/27/content_5352666.htm', '2019-02-16 20:29:51', '000014349/2018-00221', '国务院办公厅关于推进政务新媒体健康有序发展的意见', '国务院办公厅', '国办发〔2018〕123号', null, '2019-01-07 20:29:51', '2019-01-27 20:29:51', null, '<p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">国务院办公厅关于推进</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">政务新媒体健康有序发展的意见</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">国办发〔2018〕123号</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><br> </p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-align: justify; font-family: 宋体;">各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">政务新媒体是移动互联网时代党和政府联系群众、服务群众、凝聚群众的重要渠道，是加快转变政府职能、建设服务型政府的重要手段，是引导网上舆论、构建清朗网络空间的重要阵地，是探索社会治理新模式、提高社会治理能力的重要途径。近年来，各地区、各部门认真践行网上群众路线，积极运用政务新媒体推进政务公开、优化政务服务、凝聚社会共识、创新社会治理，取得了较好成效。但同时一些政务新媒体还存在功能定位不清晰、信息发布不严谨、建设运维不规范、监督管理不到位等突出问题，“僵尸”、“睡眠”、“雷人雷语”、“不互动无服务”等现象时有发生，对政府形象和公信力造成不良影响。为推动政务新媒体健康有序发展，经国务院同意，现提出如下意见。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">一、总体要求</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（一）指导思想。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中全会精神，坚持以人民为中心的发展思想，牢固树立新发展理念，认真落实党中央、国务院关于全面推进政务公开和优化政务服务的决策部署，实施网络强国战略，落实网络意识形态责任制，大力推进政务新媒体工作，明确功能定位，加强统筹规划，完善体制机制，规范运营管理，持续提升政府网上履职能力，努力建设利企便民、亮点纷呈、人民满意的“指尖上的网上政府”。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（二）工作目标。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">到2022年，建成以中国政府网政务新媒体为龙头，整体协同、响应迅速的政务新媒体矩阵体系，全面提升政务新媒体传播力、引导力、影响力、公信力，打造一批优质精品账号，建设更加权威的信息发布和解读回应平台、更加便捷的政民互动和办事服务平台，形成全国政务新媒体规范发展、创新发展、融合发展新格局。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（三）基本原则。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">1.坚持正确导向。增强“四个意识”，坚定“四个自信”，坚决做到“两个维护”，围绕中心，服务大局，弘扬主旋律，传播正能量，讲好中国故事，办好群众实事。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">2.坚持需求引领。围绕公众需要，立足政府职能，切实解决有平台无运营、有账号无监管、有发布无审核等问题，优化用户体验，提升服务水平，增强群众获得感。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">3.坚持互联融合。按照前台多样、后台联通的要求，推动各类政务新媒体互联互通、整体发声、协同联动，推进政务新媒体与政府网站等融合发展，实现数据同源、服务同根，方便企业和群众使用。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">4.坚持创新发展。遵循移动互联网发展规律，创新工作理念、方法手段和制度机制，积极运用大数据、云计算、人工智能等新技术新应用，提升政务新媒体智能化水平。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">二、明确工作职责</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">本意见所称政务新媒体，是指各级行政机关、承担行政职能的事业单位及其内设机构在微博、微信等第三方平台上开设的政务账号或应用，以及自行开发建设的移动客户端等。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">国务院办公厅是全国政务新媒体工作的主管单位，地方各级人民政府办公厅（室）是本地区政务新媒体工作的主管单位，国务院各部门办公厅（室）或指定的专门司局是本部门政务新媒体工作的主管单位，实行全系统垂直管理的国务院部门办公厅（室）或指定的专门司局是本系统政务新媒体工作的主管单位。主管单位负责推进、指导、协调、监督政务新媒体工作。行业主管部门要加强对本行业承担公共服务职能的企事业单位新媒体工作的指导和监督。政务新媒体主办单位按照“谁开设、谁主办”的原则确定，履行政务新媒体的规划建设、组织保障、健康发展、安全管理等职责。可通过购买服务等方式委托相关机构具体承担政务新媒体日常运维工作。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">各级政务新媒体按照主管主办和属地管理原则，接受宣传、网信部门的有关业务统筹指导和宏观管理。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">三、加强功能建设</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">各地区、各部门要遵循政务新媒体发展规律，明确政务新媒体定位，充分发挥政务新媒体传播速度快、受众面广、互动性强等优势，以内容建设为根本，不断强化发布、传播、互动、引导、办事等功能，为企业和群众提供更加便捷实用的移动服务。中国政府网政务新媒体要发挥龙头示范作用，不断提升政务公开和政务服务水平。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（一）推进政务公开，强化解读回应。</span><span style="font-family: 宋体;">积极运用政务新媒体传播党和政府声音，做大做强正面宣传，巩固拓展主流舆论阵地。围绕中心工作，深入推进决策公开、执行公开、管理公开、服务公开、结果公开。做好主题策划和线上线下联动推广，重点推送重要政策文件信息和涉及群众切身利益、需要公众广泛知晓的政府信息。做准做精做细解读工作，注重运用生动活泼、通俗易懂的语言以及图表图解、音频视频等公众喜闻乐见的形式提升解读效果。要把政务新媒体作为突发公共事件信息发布和政务舆情回应、引导的重要平台，提高响应速度，及时公布真相、表明态度、辟除谣言，并根据事态发展和处置情况发布动态信息，注重发挥专家解读作用。对政策措施出台实施过程中出现的误解误读和质疑，要迅速澄清、解疑释惑，正确引导、凝聚共识，建立网上舆情引导与网下实际工作处置相同步、相协调的工作机制。县级政务新媒体要与本地区融媒体中心建立沟通协调机制，共同做好信息发布解读回应工作。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（二）加强政民互动，创新社会治理。</span><span style="font-family: 宋体;">畅通政务新媒体互动渠道，听民意、聚民智、解民忧、凝民心，走好网上群众路线。认真做好公众留言审看发布、处理反馈工作，回复留言要依法依规、态度诚恳、严谨周到，杜绝答非所问、空洞说教、生硬冷漠。加强与业务部门沟通协作，对于群众诉求要限时办结、及时反馈，确保合理诉求得到有效解决。要善于运用大数据、云计算、人工智能等技术，分析研判社情民意，为政府决策提供精准服务。注重结合重大活动、重要节日及纪念日、主题日等设置话题、策划活动，探索政民互动新方式。政务新媒体、政府网站、政务热线等应依托政府网站集约化平台完善和使用统一、权威、全面的咨询答问库，不断提升答问效率和互动质量。推动省级政府和国务院部门的咨询答问库与中国政府网对接联通。鼓励采用微联动、微直播、随手拍等多种形式，引导公众依法有序参与公共管理、公共服务，共创社会治理新模式。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（三）突出民生事项，优化掌上服务。</span><span style="font-family: 宋体;">强化政务新媒体办事服务功能，围绕利企便民，聚合办事入口，优化用户体验，推动更多事项“掌上办”。要立足工作职责，重点推动与群众日常生产生活密切相关的民生事项向政务新媒体延伸。着力做好办事入口的汇聚整合和优化，统筹推进政务新媒体、政府网站、实体政务大厅的线上线下联通、数据互联共享，简化操作环节，为公众提供优质便捷的办事指引，实现数据同源、服务同根、一次认证、一网通办。注重把握不同形态政务新媒体分众化、差异化的特点，创新服务模式，扩大服务受众，提升服务效果。政务新媒体提供办事服务应依托本地区、本部门已有的办事系统或服务平台，避免重复建设，防止形成新的信息孤岛和数据壁垒。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">四、规范运维管理</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（一）开设整合。</span><span style="font-family: 宋体;">县级以上地方各级人民政府及国务院部门应当开设政务新媒体，其他单位可根据工作需要规范开设。一个单位原则上在同一平台只开设一个政务新媒体账号，鼓励在网民集聚的新平台开设政务新媒体账号。严格按照集约节约的原则统筹移动客户端等应用系统建设，避免“一哄而上、一事一端、一单位一应用”，移动客户端要全面支持IPv6（互联网协议第6版），支持在不同终端便捷使用。政务新媒体名称应简洁规范，与主办单位工作职责相关联，并在公开认证信息中标明主办单位名称，主办单位在不同平台上开设的政务新媒体名称原则上应保持一致。集中力量做优做强主账号，构建整体联动、集体发声的政务新媒体矩阵。对功能相近、用户关注度和利用率低的政务新媒体要清理整合，确属无力维护的要坚决关停。建立政务新媒体分级备案制度，开设、变更、关停、注销应向主管单位备案。政务新媒体主办单位发生变化的，应及时注销或变更账号信息，并向社会公告。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（二）内容保障。</span><span style="font-family: 宋体;">严格内容发布审核制度，坚持分级分类审核、先审后发，明确审核主体、审核流程，严把政治关、法律关、政策关、保密关、文字关。规范转载发布工作，原则上只转载党委和政府网站以及有关主管部门确定的稿源单位发布的信息，不得擅自发布代表个人观点、意见及情绪的言论，不得刊登商业广告或链接商业广告页面。建立原创激励机制，按照规范加大信息采编力度，提高原创信息比例。发布信息涉及其他单位工作内容的，要提前做好沟通协调。建立值班值守制度，加强日常监测，确保信息更新及时、内容准确权威，发现违法有害信息要第一时间处理，发现重大舆情要按程序转送相关部门办理。政务新媒体如从事互联网新闻信息服务或传播网络视听节目，须按照有关规定具备相应资质。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（三）安全防护。</span><span style="font-family: 宋体;">严格执行网络安全法等法律法规，落实安全管理责任，建立健全安全管理制度、保密审查制度和应急预案，提高政务新媒体安全防护能力。加强对账号密码的安全管理，防止账号被盗用或被恶意攻击等安全事件发生。加强监测预警和应急处置，对于泄露后会危及国家安全、公共安全、经济安全、社会稳定的信息和国家秘密、商业秘密、个人隐私，要加强管理，确保不泄露。强化用户信息安全保护，不得违法违规获取超过服务需求的个人信息，不得公开损害用户权益的内容。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（四）监督管理。</span><span style="font-family: 宋体;">加强政务新媒体的日常监管，定期组织检查，积极运用技术手段进行实时监控，及时通报、督促整改存在的突出问题。对发现的假冒政务新媒体，要求第三方平台立即关停，并通报有关部门依法依规处置。严禁购买“粉丝”等数据造假行为，不得强制要求群众下载使用移动客户端等或点赞、转发信息。第三方平台要强化保障能力，持续改进服务，为政务新媒体工作开展提供便利。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">五、强化保障措施</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（一）加强组织领导。</span><span style="font-family: 宋体;">各地区、各部门要充分认识移动互联网环境下做好政务新媒体工作的重大意义，提高认识，转变观念，完善政务公开协调机制，将政务新媒体工作纳入重要议事日程。明确分管负责人，统筹推动政务新媒体与政府网站整体协同发展。加强政务新媒体管理，提供必要经费保障，配齐配强工作人员，专岗专责，抓好工作落实。建立完善与宣传、网信、公安等部门的沟通协调机制，共同做好发布引导、舆情应对、网络安全等工作。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（二）加强人员培训。</span><span style="font-family: 宋体;">各地区、各部门要将政务新媒体工作纳入各级领导干部和公务员教育培训内容，着力强化运用政务新媒体履职能力。认真组织开展业务培训和研讨交流，增强信息编发能力、舆情研判能力、回应引导能力、应急处置能力，打造一支政治立场坚定、熟悉政策法规、掌握传播规律、具备较强能力的专业队伍。积极开展试点示范，选择发展基础好的地方和部门，开展规范发展、创新发展和融合发展试点，探索可借鉴、可推广的典型经验。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（三）加强考核评价。</span><span style="font-family: 宋体;">各地区、各部门要将政务新媒体工作情况列入年度绩效考核，制定考核评价办法。树立重实干、重实绩导向，对政务新媒体工作成效好的单位和个人，按照有关规定予以激励表扬。对违反规定发布转载不良或有害信息、破坏网络传播秩序、损害公众权益等突出问题，要严肃追责问责。国务院办公厅将对各地区、各部门政务新媒体进行网上监测和抽查，并通报有关情况。</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">国务院办公厅&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">2018年12月7日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（此件公开发布）</p>', null, '未处理', '<div class="wrap" style=" font-family:宋体"> 
 <table width="930" border="0" cellpadding="0" cellspacing="0" style="border:1px solid #999999;margin:0 auto;margin-top:10px;"> 
  <tbody> 
   <tr> 
    <td>
     <table width="860" border="0" cellpadding="0" cellspacing="0" class="bd1" style="width:860px;margin:0 auto;margin-top:12px;"> 
      <tbody> 
       <tr> 
        <td width="70"><b>索 引 号：</b></td> 
        <td width="360">000014349/2018-00221</td> 
        <td width="70"><b>主题分类：</b></td> 
        <td width="360">综合政务\\政务公开</td> 
       </tr> 
       <tr> 
        <td><b>发文机关：</b></td> 
        <td>国务院办公厅</td> 
        <td><b>成文日期：</b></td> 
        <td>2018年12月07日</td> 
       </tr> 
       <tr> 
        <td><b>标　　题：</b></td> 
        <td colspan="3">国务院办公厅关于推进政务新媒体健康有序发展的意见</td> 
       </tr> 
       <tr> 
        <td><b>发文字号：</b></td> 
        <td>国办发〔2018〕123号</td> 
        <td><b>发布日期：</b></td> 
        <td>2018年12月27日</td> 
       </tr> 
      </tbody> 
     </table> 
     <table width="860" border="0" cellpadding="0" cellspacing="0" class="bd1" style="width:860px;margin:0 auto;margin-bottom:12px;"> 
      <tbody> 
       <tr> 
        <td width="70" valign="top"><b>主 题 词：</b></td> 
        <td width="351" valign="top"></td> 
        <td width="68" valign="top"></td> 
        <td valign="top"></td> 
       </tr> 
      </tbody> 
     </table></td> 
   </tr> 
  </tbody> 
 </table> 
 <br> 
 <table width="930" border="0" cellpadding="0" cellspacing="0" style="margin:0 auto;"> 
  <tbody> 
   <tr> 
    <td width="675" valign="top">
     <table width="674" border="0" cellpadding="0" cellspacing="0" style="margin:0 auto;border-right:1px solid #cacaca;"> 
      <tbody> 
       <tr> 
        <td><br> 
         <table width="650" border="0" cellpadding="0" cellspacing="0"> 
          <tbody> 
           <tr> 
            <td class="b12c" id="UCAP-CONTENT"><p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">国务院办公厅关于推进</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">政务新媒体健康有序发展的意见</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">国办发〔2018〕123号</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><br> </p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-align: justify; font-family: 宋体;">各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">政务新媒体是移动互联网时代党和政府联系群众、服务群众、凝聚群众的重要渠道，是加快转变政府职能、建设服务型政府的重要手段，是引导网上舆论、构建清朗网络空间的重要阵地，是探索社会治理新模式、提高社会治理能力的重要途径。近年来，各地区、各部门认真践行网上群众路线，积极运用政务新媒体推进政务公开、优化政务服务、凝聚社会共识、创新社会治理，取得了较好成效。但同时一些政务新媒体还存在功能定位不清晰、信息发布不严谨、建设运维不规范、监督管理不到位等突出问题，“僵尸”、“睡眠”、“雷人雷语”、“不互动无服务”等现象时有发生，对政府形象和公信力造成不良影响。为推动政务新媒体健康有序发展，经国务院同意，现提出如下意见。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">一、总体要求</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（一）指导思想。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中全会精神，坚持以人民为中心的发展思想，牢固树立新发展理念，认真落实党中央、国务院关于全面推进政务公开和优化政务服务的决策部署，实施网络强国战略，落实网络意识形态责任制，大力推进政务新媒体工作，明确功能定位，加强统筹规划，完善体制机制，规范运营管理，持续提升政府网上履职能力，努力建设利企便民、亮点纷呈、人民满意的“指尖上的网上政府”。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（二）工作目标。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">到2022年，建成以中国政府网政务新媒体为龙头，整体协同、响应迅速的政务新媒体矩阵体系，全面提升政务新媒体传播力、引导力、影响力、公信力，打造一批优质精品账号，建设更加权威的信息发布和解读回应平台、更加便捷的政民互动和办事服务平台，形成全国政务新媒体规范发展、创新发展、融合发展新格局。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（三）基本原则。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">1.坚持正确导向。增强“四个意识”，坚定“四个自信”，坚决做到“两个维护”，围绕中心，服务大局，弘扬主旋律，传播正能量，讲好中国故事，办好群众实事。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">2.坚持需求引领。围绕公众需要，立足政府职能，切实解决有平台无运营、有账号无监管、有发布无审核等问题，优化用户体验，提升服务水平，增强群众获得感。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">3.坚持互联融合。按照前台多样、后台联通的要求，推动各类政务新媒体互联互通、整体发声、协同联动，推进政务新媒体与政府网站等融合发展，实现数据同源、服务同根，方便企业和群众使用。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">4.坚持创新发展。遵循移动互联网发展规律，创新工作理念、方法手段和制度机制，积极运用大数据、云计算、人工智能等新技术新应用，提升政务新媒体智能化水平。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">二、明确工作职责</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">本意见所称政务新媒体，是指各级行政机关、承担行政职能的事业单位及其内设机构在微博、微信等第三方平台上开设的政务账号或应用，以及自行开发建设的移动客户端等。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">国务院办公厅是全国政务新媒体工作的主管单位，地方各级人民政府办公厅（室）是本地区政务新媒体工作的主管单位，国务院各部门办公厅（室）或指定的专门司局是本部门政务新媒体工作的主管单位，实行全系统垂直管理的国务院部门办公厅（室）或指定的专门司局是本系统政务新媒体工作的主管单位。主管单位负责推进、指导、协调、监督政务新媒体工作。行业主管部门要加强对本行业承担公共服务职能的企事业单位新媒体工作的指导和监督。政务新媒体主办单位按照“谁开设、谁主办”的原则确定，履行政务新媒体的规划建设、组织保障、健康发展、安全管理等职责。可通过购买服务等方式委托相关机构具体承担政务新媒体日常运维工作。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">各级政务新媒体按照主管主办和属地管理原则，接受宣传、网信部门的有关业务统筹指导和宏观管理。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">三、加强功能建设</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">各地区、各部门要遵循政务新媒体发展规律，明确政务新媒体定位，充分发挥政务新媒体传播速度快、受众面广、互动性强等优势，以内容建设为根本，不断强化发布、传播、互动、引导、办事等功能，为企业和群众提供更加便捷实用的移动服务。中国政府网政务新媒体要发挥龙头示范作用，不断提升政务公开和政务服务水平。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（一）推进政务公开，强化解读回应。</span><span style="font-family: 宋体;">积极运用政务新媒体传播党和政府声音，做大做强正面宣传，巩固拓展主流舆论阵地。围绕中心工作，深入推进决策公开、执行公开、管理公开、服务公开、结果公开。做好主题策划和线上线下联动推广，重点推送重要政策文件信息和涉及群众切身利益、需要公众广泛知晓的政府信息。做准做精做细解读工作，注重运用生动活泼、通俗易懂的语言以及图表图解、音频视频等公众喜闻乐见的形式提升解读效果。要把政务新媒体作为突发公共事件信息发布和政务舆情回应、引导的重要平台，提高响应速度，及时公布真相、表明态度、辟除谣言，并根据事态发展和处置情况发布动态信息，注重发挥专家解读作用。对政策措施出台实施过程中出现的误解误读和质疑，要迅速澄清、解疑释惑，正确引导、凝聚共识，建立网上舆情引导与网下实际工作处置相同步、相协调的工作机制。县级政务新媒体要与本地区融媒体中心建立沟通协调机制，共同做好信息发布解读回应工作。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（二）加强政民互动，创新社会治理。</span><span style="font-family: 宋体;">畅通政务新媒体互动渠道，听民意、聚民智、解民忧、凝民心，走好网上群众路线。认真做好公众留言审看发布、处理反馈工作，回复留言要依法依规、态度诚恳、严谨周到，杜绝答非所问、空洞说教、生硬冷漠。加强与业务部门沟通协作，对于群众诉求要限时办结、及时反馈，确保合理诉求得到有效解决。要善于运用大数据、云计算、人工智能等技术，分析研判社情民意，为政府决策提供精准服务。注重结合重大活动、重要节日及纪念日、主题日等设置话题、策划活动，探索政民互动新方式。政务新媒体、政府网站、政务热线等应依托政府网站集约化平台完善和使用统一、权威、全面的咨询答问库，不断提升答问效率和互动质量。推动省级政府和国务院部门的咨询答问库与中国政府网对接联通。鼓励采用微联动、微直播、随手拍等多种形式，引导公众依法有序参与公共管理、公共服务，共创社会治理新模式。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（三）突出民生事项，优化掌上服务。</span><span style="font-family: 宋体;">强化政务新媒体办事服务功能，围绕利企便民，聚合办事入口，优化用户体验，推动更多事项“掌上办”。要立足工作职责，重点推动与群众日常生产生活密切相关的民生事项向政务新媒体延伸。着力做好办事入口的汇聚整合和优化，统筹推进政务新媒体、政府网站、实体政务大厅的线上线下联通、数据互联共享，简化操作环节，为公众提供优质便捷的办事指引，实现数据同源、服务同根、一次认证、一网通办。注重把握不同形态政务新媒体分众化、差异化的特点，创新服务模式，扩大服务受众，提升服务效果。政务新媒体提供办事服务应依托本地区、本部门已有的办事系统或服务平台，避免重复建设，防止形成新的信息孤岛和数据壁垒。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">四、规范运维管理</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（一）开设整合。</span><span style="font-family: 宋体;">县级以上地方各级人民政府及国务院部门应当开设政务新媒体，其他单位可根据工作需要规范开设。一个单位原则上在同一平台只开设一个政务新媒体账号，鼓励在网民集聚的新平台开设政务新媒体账号。严格按照集约节约的原则统筹移动客户端等应用系统建设，避免“一哄而上、一事一端、一单位一应用”，移动客户端要全面支持IPv6（互联网协议第6版），支持在不同终端便捷使用。政务新媒体名称应简洁规范，与主办单位工作职责相关联，并在公开认证信息中标明主办单位名称，主办单位在不同平台上开设的政务新媒体名称原则上应保持一致。集中力量做优做强主账号，构建整体联动、集体发声的政务新媒体矩阵。对功能相近、用户关注度和利用率低的政务新媒体要清理整合，确属无力维护的要坚决关停。建立政务新媒体分级备案制度，开设、变更、关停、注销应向主管单位备案。政务新媒体主办单位发生变化的，应及时注销或变更账号信息，并向社会公告。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（二）内容保障。</span><span style="font-family: 宋体;">严格内容发布审核制度，坚持分级分类审核、先审后发，明确审核主体、审核流程，严把政治关、法律关、政策关、保密关、文字关。规范转载发布工作，原则上只转载党委和政府网站以及有关主管部门确定的稿源单位发布的信息，不得擅自发布代表个人观点、意见及情绪的言论，不得刊登商业广告或链接商业广告页面。建立原创激励机制，按照规范加大信息采编力度，提高原创信息比例。发布信息涉及其他单位工作内容的，要提前做好沟通协调。建立值班值守制度，加强日常监测，确保信息更新及时、内容准确权威，发现违法有害信息要第一时间处理，发现重大舆情要按程序转送相关部门办理。政务新媒体如从事互联网新闻信息服务或传播网络视听节目，须按照有关规定具备相应资质。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（三）安全防护。</span><span style="font-family: 宋体;">严格执行网络安全法等法律法规，落实安全管理责任，建立健全安全管理制度、保密审查制度和应急预案，提高政务新媒体安全防护能力。加强对账号密码的安全管理，防止账号被盗用或被恶意攻击等安全事件发生。加强监测预警和应急处置，对于泄露后会危及国家安全、公共安全、经济安全、社会稳定的信息和国家秘密、商业秘密、个人隐私，要加强管理，确保不泄露。强化用户信息安全保护，不得违法违规获取超过服务需求的个人信息，不得公开损害用户权益的内容。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（四）监督管理。</span><span style="font-family: 宋体;">加强政务新媒体的日常监管，定期组织检查，积极运用技术手段进行实时监控，及时通报、督促整改存在的突出问题。对发现的假冒政务新媒体，要求第三方平台立即关停，并通报有关部门依法依规处置。严禁购买“粉丝”等数据造假行为，不得强制要求群众下载使用移动客户端等或点赞、转发信息。第三方平台要强化保障能力，持续改进服务，为政务新媒体工作开展提供便利。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">五、强化保障措施</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（一）加强组织领导。</span><span style="font-family: 宋体;">各地区、各部门要充分认识移动互联网环境下做好政务新媒体工作的重大意义，提高认识，转变观念，完善政务公开协调机制，将政务新媒体工作纳入重要议事日程。明确分管负责人，统筹推动政务新媒体与政府网站整体协同发展。加强政务新媒体管理，提供必要经费保障，配齐配强工作人员，专岗专责，抓好工作落实。建立完善与宣传、网信、公安等部门的沟通协调机制，共同做好发布引导、舆情应对、网络安全等工作。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（二）加强人员培训。</span><span style="font-family: 宋体;">各地区、各部门要将政务新媒体工作纳入各级领导干部和公务员教育培训内容，着力强化运用政务新媒体履职能力。认真组织开展业务培训和研讨交流，增强信息编发能力、舆情研判能力、回应引导能力、应急处置能力，打造一支政治立场坚定、熟悉政策法规、掌握传播规律、具备较强能力的专业队伍。积极开展试点示范，选择发展基础好的地方和部门，开展规范发展、创新发展和融合发展试点，探索可借鉴、可推广的典型经验。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（三）加强考核评价。</span><span style="font-family: 宋体;">各地区、各部门要将政务新媒体工作情况列入年度绩效考核，制定考核评价办法。树立重实干、重实绩导向，对政务新媒体工作成效好的单位和个人，按照有关规定予以激励表扬。对违反规定发布转载不良或有害信息、破坏网络传播秩序、损害公众权益等突出问题，要严肃追责问责。国务院办公厅将对各地区、各部门政务新媒体进行网上监测和抽查，并通报有关情况。</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">国务院办公厅&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">2018年12月7日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（此件公开发布）</p></td> 
           </tr> 
           <tr> 
            <td></td> 
           </tr> 
          </tbody> 
         </table> 
         <div id="pageBreak"></div> 
         <!--/enpcontent--> 
         <div id="div_div"> 
          <div id="qr_container" style="margin:auto; position:relative;">
           扫一扫在手机打开当前页
          </div> 
         </div> 
         <div id="pageBreak"></div> 
         <!-- 用来校验该浏览器是否支持HTML5 --> 
         <canvas id="Canvas"></canvas> 
         <table width="650" border="0" align="left" cellpadding="0" cellspacing="0" style="border-top:1px solid #333333;margin-top:18px;"> 
          <tbody> 
           <tr> 
            <td height="60" align="center"><img src="http://www.gov.cn/zhengce/130.files/sendmail.gif" width="43" height="18" style="margin-right:12px;display:none;"> <a href="/zhengce/content/2018-12/27/content_5352666.htm#" class="black" onclick="javascript:window.external.AddFavorite(document.URL,document.title);return false"><img src="http://www.gov.cn/zhengce/130.files/save.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2018-12/27/content_5352666.htm#" onclick="javascript:window.print()"><img src="http://www.gov.cn/zhengce/130.files/openpage.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2018-12/27/content_5352666.htm#" onclick="window.close()"><img src="http://www.gov.cn/zhengce/130.files/close.gif" width="70" height="18" style="margin-right:12px;"></a></td> 
           </tr> 
          </tbody> 
         </table> 
         <div style="clear:both;">
          &nbsp;
         </div> </td> 
       </tr> 
      </tbody> 
     </table></td> 
    <td valign="top">
     <table width="235" border="0" cellspacing="0" cellpadding="0" style="float:left;margin-left:20px;"> 
      <tbody> 
       <tr> 
        <td><iframe id="frame_content" name="frame_content" src="http://www.gov.cn/zhengce/2018-12/27/content_5352754.htm" width="100%" height="1150" scrolling="no" marginheight="0" frameborder="0"></iframe></td> 
       </tr> 
      </tbody> 
     </table></td> 
   </tr> 
  </tbody> 
 </table> 
 <!--二维码微信微博--> 
 <!--国务院客户端  微博微信  三个链接--> 
 <!--<div class="de_bannerS" style="position: relative;">
	<img src="/govweb/xhtml/2016gov/images/public/de_bannerS.jpg">
    <a href="http://www.gov.cn/public/yidongkehuduan.htm" target="_blank" style="position: absolute; top: 1px; left: 1px; display: block; width: 528px; height: 128px; opacity: 1; background: none;"></a>
	<a href="http://www.gov.cn/home/2014-02/18/content_5046260.htm" target="_blank" style="position: absolute; top: 1px; left: 531px; width: 360px; height: 128px; opacity: 1; background: none;"></a>
</div>--> 
 <!--营改增专题  微博微信  三个链接--> 
 <div class="de_bannerS" style=" position: relative;"> 
  <img src="/govweb/xhtml/2016gov/images/public/de_bannerS_sjh.jpg"> 
  <a href="http://www.gov.cn/public/yidongkehuduan.htm" target="_blank" style="position: absolute; top: 1px; left: 1px; display: block; width: 141px; height: 128px; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
  <a href="http://login.forum.gov.cn/html/form/suggest_wxzlsjh.html" target="_blank" style="position: absolute; top: 1px; left: 143px; width: 370px; height: 128px; opacity: 0; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
  <a href="http://www.gov.cn/home/2014-02/18/content_5046260.htm" target="_blank" style="position: absolute; top: 1px; left: 531px; width: 360px; height: 128px; opacity: 0; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
 </div> 
</div>', 'HTML');
