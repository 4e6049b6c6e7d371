<%@ page language="java" pageEncoding="UTF-8" %>
<%@ page contentType="text/html;charset=utf-8" %>
<!DOCTYPE html>
<html>
<head lang="en">
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="robots" content="index,follow">
    <meta name="apple-mobile-web-app-title" content="继续再教育平台">
    <meta name="apple-mobile-web-app-capable" content="yes">
    <meta name="apple-mobile-web-app-status-bar-style" content="black">
    <meta name="keyword" content="">
    <meta name="description" content="">
    <title>中国继续医学教育网_NCME</title>
    <%@include file="/commons/taglibs.jsp" %>
    <script src="${ctx}/qiantai_page/js/jquery-1.11.1.min.js"></script>
    <script src="${ctx}/qiantai_page/js/rating.js"></script>
    <script src="${ctx}/qiantai_page/js/jquery.mobile.custom.min.js"></script>
    <script src="${ctx}/qiantai_page/js/jquery.bxslider.js"></script>
    <script src="${ctx}/qiantai_page/js/iconfont.js"></script>
    <script src="${ctx}/qiantai_page/js/main.min.js"></script>
    <link href="${ctx}/qiantai_page/css/animate.min.css" rel="stylesheet">
    <link href="${ctx}/qiantai_page/css/jquery.bxslider.css" rel="stylesheet">
    <link href="${ctx}/qiantai_page/css/global.css" rel="stylesheet">
    <link href="${ctx}/qiantai_page/css/rating.css" rel="stylesheet">
</head>
<style type="text/css">
	.container .content .news_cont .news_cont{text-align:left;}
	.news_cont dl{margin-left:35px;}
	.news_cont dl dt{font-size:15px;}
	.news_cont dl dd{font-size:14px;line-height:30px;-webkit-margin-start: 20px;}
</style>
<body>
<div class="container">
    <%@include file="/qiantai_page/top2.jsp"%>
    <ul class="bread_crumbs">
       <li>您的位置：</li>
       <li><a href="${ctx}/first.do">首页</a> <i class="fa fa-angle-right"></i></li>
       <li><a href="#">项目动态</a></li>
    </ul>
     <div class="content no_padding">
        <div class="news_cont">
            <div class="top_cont">
                <h1>“卫生计生人才强基层工程——乡村医生师资培训”将在全国开展</h1>
                <h3>
                    <span>2017-05-18 14：30</span>
                    <span>来源：国家卫生计生委能力建设和继续教育中心</span>
                    <span class="no_print">【字体：<a name="big">大</a>&nbsp;&nbsp;<a name="middle">中</a>&nbsp;&nbsp;<a name="small">小</a>】</span>
                    <span class="print no_print"><i class="fa fa-print"></i> 打印</span>
                    <span class="no_print">
                        
                        <i class="fa fa-share-alt" style="float:left;margin-right:10px"></i>
                        <div class="jiathis_style" style="display:inline;margin-top:10px">
                            <a class="jiathis_button_weixin"></a>
                            <a class="jiathis_button_tsina"></a>
                            <a href="http://www.jiathis.com/share" class="jiathis jiathis_txt jiathis_separator jtico jtico_jiathis" target="_blank"></a>
                        </div>
                        <script>
                        var jiathis_config={
                            summary:"",
                            shortUrl:false,
                            hideMore:false
                        }
                        </script>
                        <script src="http://v3.jiathis.com/code/jia.js" charset="utf-8"></script>
                        
                    </span>
                </h3>
            </div>
            <div class="news_cont">
                <p>为培养一批优质乡村医生师资队伍，提高乡村医生的素质能力，以点带面提高精准帮扶地区的基层医疗服务和公共卫生服务能力，从而实现“十三五”扶贫攻坚、脱贫奔小康的发展目标，在国家卫生计生委科教司的指导下，由国家卫生计生委能力建设和继续教育中心与各省（区、市）卫生计生委科教处联合主办的“卫生计生人才强基层工程——乡村医生师资培训”2017年将在全国6-8个省（区、市）开展。</p>
				<dl>
					<dt>（一）培训对象</dt>
					<dd>具有大专及以上学历，医德医风良好，有较高理论素养、教学能力和专业技能的中、高级卫生专业技术人员作为乡村医生师资，可考虑发挥城市医疗卫生机构有关专业退休中、高级卫生专业技术人员的作用。</dd>
				</dl>
				<dl>
					<dt>（二）培训目的</dt>
					<dd>通过培训掌握卫生计生法律法规及医德医风相关知识，教学方法的理论等知识，能在日后的工作中，传播积极、向上的执业态度和准确、有效的医疗服务技能。</dd>
				</dl>
				<dl>
					<dt>（三）培训内容</dt>
					<dd>（1）职业素养</dd>
					<dd>内容包含卫生法、执业医师法、公共卫生服务制度、乡村医生签约制度等法律法规及医学人文、医德医风建设、医疗风险的处理与应对等内容。提高师资队伍法律法规知识，提高职业道德水平和责任心，日后带教过程中，在职业道德及精神文明等方面成为乡村医生的表率。</dd>
					<dd>（2）带教技能</dd>
					<dd>内容包含基本教学方法、临床思维的培养和沟通技巧，提高师资队伍的带教能力、教学能力，掌握临床思维的培养方法。</dd>
					<dd>（3）应急处理</dd>
					<dd>内容包含提高乡村医生师资人员的应急事件规范化处置能力，掌握符合乡村医生现状的分、转诊体系。</dd>
					<dd>（4）医学技能</dd>
					<dd>内容包含临床操作技能示范、地方常见病多发病诊疗等内容，提高乡医师资队伍专业能力和技能示范的准确性。</dd>
				</dl>
				<dl>
					<dt>（四）培训形式</dt>
					<dd>通过培训掌握卫生计生法律法规及医德医风相关知识，教学方法的理论等知识，能在日后的工作中，传播积极、向上的执业态度和准确、有效的医疗服务技能。</dd>
					<dd>（1）现场面授培训班。</dd>
					<dd>（2）录制部分课程在中国继续医学教育网视频点播。</dd>
				</dl>
				<dl>
					<dt>（五）目标计划</dt>
					<dd>通过对基层优秀乡村医生的精准帮扶、精准管理和精准考核，为基层培养具有带教能力的优秀乡村医生师资队伍（每个省份培养合格乡医师资200名），并选拔优秀带教乡医送教下乡，培训更多乡村医生（每个省份覆盖1000名），引导各类优质医疗卫生资源的有效下沉，逐步构建医疗精准帮扶工作长效机制，将具有先进性、实用性的基本医疗服务送到村送到户，为科学扶贫、全民健康做出积极贡献。</dd>
					<dd>每个省份的培训可分为三轮进行：</dd>
					<dd>（1）第一轮：面授培训35人左右。开展一次为期2.5天（20课时）的面授培训班，在全省范围内选拔35名乡医师资候选人参加培训班。面授结业者登录中国继续医学教育网（www.ncme.org.cn）远程在线学习相应剩余课程。</dd>
					<dd>（2）第二轮：远程培训165人左右。在全省再选拔165名优秀乡医师资候选人，发放学习卡，登录中国继续医学教育网（www.ncme.org.cn）远程在线学习。</dd>
					<dd>（3）第三轮：以“面授+远程、项目+基地”的方式培训1000人。从第一轮、第二轮培训合格的优秀乡医师资中选择一部分作为带教师资，走进全省10个县，每个县组建1家乡村医生培训基地、举办1场乡村医生能力提升培训班，每次培训班面授100名乡村医生学员。培训基地制定、实施常态化的培训工作方案。</dd>
				</dl>
				<dl>
					<dt>（六）其他事项</dt>
					<dd>（1）本次培训由国家卫生计生委科教司指导，国家卫生计生委能力建设和继续教育中心主办，各省（区、市）卫生计生委科教处联合主办。</dd>
					<dd>（2）师资授课费、教材费、远程平台费用、学员食宿费由国家卫生计生委能力建设和继续教育中心承担，学员往返交通费自理。</dd>
					<dd>（3）参加培训并考核合格者获得相应继教项目学分和《乡村医生师资培训合格证书》。</dd>
				</dl>
            </div>
        </div>
    </div>
    <%@include file="/qiantai_page/bottom.jsp"%>
</div>
<script>
    $(function(){
        $("a[name=big]").click(function () {
            $(".news_cont p").css({
                "font-size":"18px",
                "line-height":"30px"
            });
			$(".news_cont dl dt").css({
                "font-size":"18px",
                "line-height":"30px"
            });
			$(".news_cont dl dd").css({
                "font-size":"18px",
                "line-height":"30px"
            });
        });
        $("a[name=middle]").click(function () {
            $(".news_cont p").css({
                "font-size":"16px",
                "line-height":"25px"
            });
			$(".news_cont dl dt").css({
                "font-size":"16px",
                "line-height":"25px"
            });
			$(".news_cont dl dd").css({
                "font-size":"16px",
                "line-height":"25px"
            });
        });
        $("a[name=small]").click(function () {
            $(".news_cont p").css({
                "font-size":"14px",
                "line-height":"25px"
            });
			$(".news_cont dl dt").css({
                "font-size":"14px",
                "line-height":"25px"
            });
			$(".news_cont dl dd").css({
                "font-size":"14px",
                "line-height":"25px"
            });
        });
        $(".print").click(function () {
            window.print();
        });
    });
</script>
</body>
</html>                                                                                                                                                                                                            