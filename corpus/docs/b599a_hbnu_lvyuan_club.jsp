<%-- 
    Document   : gywm
    Created on : 2013-1-21, 16:00:53
    Author     : ASUS
--%>

<%@page contentType="text/html" pageEncoding="UTF-8"%>
<%@taglib uri="http://opdps.hbnu.edu.cn/jplus" prefix="z" %>
<!DOCTYPE html>
<html>
    <head>
        <jsp:include page="../public/include.jsp"></jsp:include>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
        <meta name="keywords" content="湖北师范学院，绿源环保协会，Jplus实验室">
        <meta name="Description" content="主要介绍湖北师范学院绿源环保协会相关信息，还有最新的环保动态">
        <meta name="author" content="刘雷，裴秀">
        <link rel="icon" href="<z:path/>web/image/favicon.ico" type="image/x-icon" />
        <link rel="Shortcut Icon" type="image/x-icon" href="<z:path/>web/image/favicon.ico" />
        <link rel="stylesheet" type="text/css"href="<z:path/>web/css/gywm.css"/>
        <script type="text/javascript" src="<z:path/>web/gywm/gywm.js"></script>
        <title>关于我们</title>
        <script type="text/javascript">
            var path='<z:path/>';
        </script>
    </head>
    <body>
        <%@include  file="../public/head.jsp" %>
        <div class="main">
            <div class="wz">
                <span>当前位置</span>
                <a href="<z:path/>IndexAction.jsp?mode=SHOWLIST">主页</a>>>
                <label ><a href="<z:path/>web/gywm/gywm.jsp" >关于我们</a></label>
                <lable id="third"></lable>
            </div>
            <div style="clear:both"></div>
            <div class="left">
                <div class="stgk">
                    <p style="text-align: center;padding-top: 8px;">志愿社概况</p>
                    <ul id="tab">
                        <li><img src="../image/add.png" style="margin-right: 6px;"/>志愿社简介</li>
                        <li><img src="../image/add.png" style="margin-right: 6px;"/>志愿社章程</li>
                        <li><img src="../image/add.png" style="margin-right: 6px;"/>组织机构</li>
                        <li><img src="../image/add.png" style="margin-right: 6px;"/>志愿者</li>
                    </ul>
                </div>
                <div class="lxwm">
                    <p>联系我们</p>
                    <div class="xx">
                        <ul>
                            <li>地址：<span><a href="#">湖北省黄石市磁湖路11号</a></span></li>
                            <li>联系人：<span><a href="#">湖师担当者志愿社</a></span></li>
                            <li>QQ：<span>1982084422</span></li>
                            <li>邮箱：<span><a href="#">1982084422@qq.com</a></span></li>
                        </ul>
                    </div>
                </div>
                <img src="<z:path/>web/image/gywm.jpg" alt="呵护地球" style="margin-top: 10px;border:1px solid #cccccc;" />
            </div>
            <div class="right" id="right">
                <div class="nr" style="display:block;">
                    <!--<p>湖北师范学院绿源环保协会</p>-->
                    <div class="nr1">
                        <p align="center">
                            <strong>湖北师范学院绿源环保协会</strong></p>
                        <p align="left">
                            &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 绿源环保协会自2006年12月4日成立以来，已走过七个春秋，已取得一些成绩。 绿源，&ldquo;绿&rdquo;代表绿色、代表生命，&ldquo;源&rdquo;代表源泉、根源，亦代表源远流长，寓意我们全体绿源人希望通过自己的行动，去带动身边的人一起参与环保，我们的力量有限，但我们相信：星星之火，可以燎原。</p>
                        <p align="left">
                            &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 我们现在的成员有150个，其中10个心组成员，140个会员。在历届绿源人的努力下，我们开展了丰富多彩的环保活动。我们的特色活动包括<strong>「绿色文明寝室评比」、「苹安圣诞&middot;情暖湖师」、「环保校园行」</strong>等活动。</p>
                    </div>
                    <div style="margin-top: 20px;border:1px solid #cccccc;">
                        <p align="center"><iframe width="575" height="430" frameborder="0" scrolling="no" marginheight="0" marginwidth="0" src="https://maps.google.com/maps?f=q&amp;source=s_q&amp;hl=zh-CN&amp;geocode=&amp;q=%E4%B8%AD%E5%9B%BD%E6%B9%96%E5%8C%97%E7%9C%81%E9%BB%84%E7%9F%B3%E5%B8%82%E9%BB%84%E7%9F%B3%E6%B8%AF%E5%8C%BA%E6%B9%96%E5%8C%97%E5%B8%88%E8%8C%83%E5%AD%A6%E9%99%A2&amp;aq=&amp;sll=30.228759,115.063312&amp;sspn=0.012848,0.022724&amp;ie=UTF8&amp;hq=%E6%B9%96%E5%8C%97%E5%B8%88%E8%8C%83%E5%AD%A6%E9%99%A2&amp;hnear=%E4%B8%AD%E5%9B%BD%E6%B9%96%E5%8C%97%E7%9C%81%E9%BB%84%E7%9F%B3%E5%B8%82%E9%BB%84%E7%9F%B3%E6%B8%AF%E5%8C%BA&amp;ll=30.228759,115.063312&amp;spn=0.008519,0.02012&amp;t=m&amp;output=embed"></iframe><br /><small><a href="https://maps.google.com/maps?f=q&amp;source=embed&amp;hl=zh-CN&amp;geocode=&amp;q=%E4%B8%AD%E5%9B%BD%E6%B9%96%E5%8C%97%E7%9C%81%E9%BB%84%E7%9F%B3%E5%B8%82%E9%BB%84%E7%9F%B3%E6%B8%AF%E5%8C%BA%E6%B9%96%E5%8C%97%E5%B8%88%E8%8C%83%E5%AD%A6%E9%99%A2&amp;aq=&amp;sll=30.228759,115.063312&amp;sspn=0.012848,0.022724&amp;ie=UTF8&amp;hq=%E6%B9%96%E5%8C%97%E5%B8%88%E8%8C%83%E5%AD%A6%E9%99%A2&amp;hnear=%E4%B8%AD%E5%9B%BD%E6%B9%96%E5%8C%97%E7%9C%81%E9%BB%84%E7%9F%B3%E5%B8%82%E9%BB%84%E7%9F%B3%E6%B8%AF%E5%8C%BA&amp;ll=30.228759,115.063312&amp;spn=0.008519,0.02012&amp;t=m" style="color:#0000FF;text-align:left">查看大图</a></small></p>
                    </div>
                </div>
                <div class="nr">
                    <!--<p> 湖北师范学院绿源环保协会规章制度</p>-->
                    <div class="nr1">
                        <p align="center">
                            湖北师范学院绿源环保协会规章制度</p>
                        <p>
                            &nbsp;</p>
                        <p>
                            <strong>【第一章&nbsp; 总 则】</strong></p>
                        <p style="margin-left: 40px;">
                            湖北师范学院绿源环保协会现行规章制度，是依据《湖北师范学院学生社团管理规定（修订）》和社团发展的实际情况，在校学生社团联合会的指导和社团中心组成员的共同商讨下，制定而成。该制度的制定是为了加强社团工作的系统性，科学性与规范性。与此同时，此制度的形成也便于使社团工作实现科学化、合理化、系统化、制度化，更有效地提高工作效率和质量，为今后工作的开展奠定良好的基础。因此，除特殊情况，协会的活动要在各成员的团结合作下严格遵循该制度进行。</p>
                        <p>
                            <strong>【第二章 社团组织结构】</strong></p>
                        <p style="margin-left: 40px;">
                            <strong>第一条</strong>：社团中心组成员包括会长、副会长、各部门部长。</p>
                        <p style="margin-left: 40px;">
                            <strong>第二条</strong>：社团由会长负总责，下属组织部、宣传部、财秘部、外联部、策划部，各部门设置1到2名部长，各部长应恪尽职守。</p>
                        <p style="margin-left: 40px;">
                            <strong>第三条</strong>：各部门下有3-6名干事，各部长应对部门干事严格要求。</p>
                        <p>
                            <strong>【第三章 社团各组织职责】</strong></p>
                        <p style="margin-left: 40px;">
                            组织部：负责每次开会的签到工作，维持秩序；负责每次活动的人员安排，组织现场活动，调派人员，记录参与人员；活动结束后写活动总结；随时抽查干事对对口会员的通知情况.</p>
                        <p style="margin-left: 40px;">
                            宣传部：负责活动的各项宣传工作，活动前张贴海报预祝活动顺利举办，活动中采集精彩画面，活动结束后，做展板展示活动成果。</p>
                        <p style="margin-left: 40px;">
                            财秘部：分为财务部和秘书部，财务部负责管理本协会的财务，活动结束后审查各项开支并向社团联报销；秘书部负责记录每次开会内容，收集活动中需要的各种材料，活动结束后写通讯稿。</p>
                        <p style="margin-left: 40px;">
                            外联部：为活动筹集资金，加强与各环保组织的联系；积极与各新闻部门联系，争取重大活动的报告；网络方面建立自己的微博并及时刷新。</p>
                        <p style="margin-left: 40px;">
                            策划部：负责每次活动的策划工作，选取有意义且新颖的活动，并写好策划书。</p>
                        <p>
                            【<strong>第四章</strong> <strong>工作会议纪律</strong>】</p>
                        <p style="margin-left: 40px;">
                            <strong>第一条</strong>：社团成员必须在每次会议规定时间内到达会场并到相关人员处签到，不得无故迟到、早退、旷到。无故迟到早退两次算一次旷到，旷到累计2次者，予以警告批评，旷到3次者社团将取消该成员一切年终评优资格，情节严重者，予以开除。</p>
                        <p style="margin-left: 40px;">
                            <strong>第二条</strong>：工作会议如有事不能参加，必须说明原因并提前向组织部请假。特殊情况下，到场参与会议者，不得无故中途离场。如有急事需中途离开者，请向相关人员说明。</p>
                        <p style="margin-left: 40px;">
                            <strong>第三条</strong>：会议期间认真听取每一位老师或同学的发言，并做好详细的会议记录。会议期间请保持会场安静，把手机等通讯工具一律调为静音或关机。</p>
                        <p style="margin-left: 40px;">
                            <strong>第四条</strong>：会议讨论期间，各成员应积极参与讨论，可以及时准确地以适当的方式提出个人的合理性想法或意见，为社团工作出谋划策。对于提供的想法创新实用者，协会将实行记录表彰制度。</p>
                        <p>
                            <strong>【第四章 社团活动管理】</strong></p>
                        <p style="margin-left: 40px;">
                            <strong>第一条</strong>：社团活动分常规活动和非常规活动，常规活动每两周一次，非常规活动每月一次。</p>
                        <p style="margin-left: 40px;">
                            <strong>第二条</strong>：社团成员应积极参加社团各项活动。</p>
                        <p style="margin-left: 40px;">
                            <strong>第三条</strong>：非常规活动如被安排值班，必须在规定时间之内到达值班地点，在</p>
                        <p style="margin-left: 40px;">
                            制定地点签到，值班时间做好管理登记工作。如有事不能值班，需自行联系好代班人员，并向组织部上报。</p>
                        <p style="margin-left: 40px;">
                            <strong>第四条</strong>：活动期间值班人员有义务维护和保持绿源环保协会的对外形象，在值班期间避免做私人事件，。</p>
                        <p style="margin-left: 40px;">
                            <strong>第五条</strong>：财秘部应对每次活动做好影像记录，并在活动结束后撰写通讯稿，组织部做好活动总结。</p>
                        <p>
                            <strong>【第五章 社团财务管理】</strong></p>
                        <p style="margin-left: 40px;">
                            <strong>第一条</strong>：社团的经费主要由会费，相关单位提供的经费和社会各界的赞助组成。社团在校团委批准的情况下，可通过募捐，勤工助学等形式自筹活动经费。</p>
                        <p style="margin-left: 40px;">
                            <strong>第二条</strong>：社团财务部长需定期向校学生社团联合会和协会会员报告经费使用情况，保证透明化，接受校学生社团联合会和会员的监督，咨询。</p>
                        <p style="margin-left: 40px;">
                            <strong>第三条</strong>：社团为开展活动可以寻求社会各界的支持和援助，但不得过于商业化，不得损害社会，他人的利益以及学校，团委，社团联，社团的形象。赞助具体情况需及时上报到社团联网络外联部，做好登记。</p>
                        <p style="margin-left: 40px;">
                            <strong>第四条</strong>：赞助费用由社团财务部部长严格管理，其他中心组成员不得干预。此经费作为社团自留会费，在活动方案或申请表上如实注明此次活动所拉赞助的金额。赞助费用同会费使用一样必须建立详细的档案，并及时上交到社团联财务部审核。</p>
                        <p style="margin-left: 40px;">
                            <strong>第五条</strong>：社团财务部长必须保管社团开展活动的所有票据，无票据的支出项目不予报账，并填好财务支出明细表做好备份，建立详细的财务档案。要求各社团于财务清查时及时上交票据和财务支出明细表，备份自留存档。</p>
                        <p style="margin-left: 40px;">
                            <strong>第六条</strong>：社团所有开支票据按时间顺序编号，整理，正面要求有公章，背面必须写清楚用途、经手人和证明书，且经手人和证明人不得相同。</p>
                        <p>
                            <strong>【附则】</strong></p>
                        <p style="margin-left: 40px;">
                            <strong>第一条</strong>：本制度最终解释权归湖北师范学院绿源环保协会所有；</p>
                        <p style="margin-left: 40px;">
                            <strong>第一条</strong>：本制度自公布之日执行。</p>
                        <p style="text-align: right;">
                            &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 湖北师范学院绿源环保协会</p>
                        <p style="text-align: right;">
                            二〇一二年十二月四日</p>
                    </div>
                </div>
                <div class="nr">
                    <!--<p> 绿源环保协会组织机构</p>-->
                    <div class="nr1">
                        <p align="center">
                            <strong>绿源环保协会组织机构</strong></p>
                        <p>
                            社团中心组成员包括会长、副会长、各部门部长。</p>
                        <p>
                            社团由会长负总责，下属组织部、宣传部、财秘部、外联部、策划部，各部门设置1到2名部长，各部长应恪尽职守，各部门下有3-6名干事，各部长应对部门干事严格要求。</p>
                        <p>
                            <strong>组织部</strong>：负责每次开会的签到工作，维持秩序；负责每次活动的人员安排，组织现场活动，调派人员，记录参与人员；活动结束后写活动总结；随时抽查干事对对口会员的通知情况。</p>
                        <p>
                            <strong>宣传部</strong>：负责活动的各项宣传工作，活动前张贴海报预祝活动顺利举办，活动中采集精彩画面，活动结束后，做展板展示活动成果。</p>
                        <p>
                            &nbsp;<strong>财秘部</strong>：分为财务部和秘书部，财务部负责管理本协会的财务，活动结束后审查各项开支并向社团联报销；秘书部负责记录每次开会内容，收集活动中需要的各种材料，活动结束后写通讯稿。</p>
                        <p>
                            <strong>外联部</strong>：为活动筹集资金，加强与各环保组织的联系；积极与各新闻部门联系，争取重大活动的报告；网络方面建立自己的微博并及时刷新。</p>
                        <p>
                            <strong>策划部</strong>：负责每次活动的策划工作，选取有意义且新颖的活动，并写好策划书。</p>
                        <p>
                            &nbsp;</p>
                    </div>
                </div>
                <div class="nr">
                    <!--<p> 湖北师范学院学生社团新会员统计表</p>-->
                    <div class="nr1" style="padding-left:0px;">
                        <table id="xhcy"   style="border-collapse:collapse;">
                            <tr><td colspan="3"><center><h2>绿源环保协会成员表</h2></center></td></tr>
                            <tr><td style="width:200px;">姓名</td><td style="width:200px;">职务</td><td style="width:300px;">系级</td></tr>
                        </table>
                    </div>
                </div>
            </div>
        </div>
        <div style="width:991px;height:20px;float:left;"></div>
        <%@include  file="../public/bott.jsp" %> 
    </body>
</html>
