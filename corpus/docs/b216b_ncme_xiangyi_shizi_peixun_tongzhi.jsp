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
                <h1>关于举办乡医师资培训班的通知</h1>
                <h3>
                    <span>2016-12-20 14：30</span>
                    <span>来源：国家卫生计生委科技教育司</span>
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
                <p>青海省医药卫生学会联合办公室：</p>
                <p>为提高乡村医生素质能力，提升其岗位胜任力，培养一批优质乡医师资队伍，以点带面提高精准帮扶地区的基层医疗服务和公共卫生服务能力，从而实现“十三五”扶贫攻坚，脱贫奔小康的发展目标，我中心拟开展“乡村医生精准帮扶项目—乡医师资系列培训班”，现将有关事项通知如下：</p>
				<dl>
					<dt> 一、培训内容</dt>
					<dd>（一）职业素养培训;</dd>
					<dd>（二）医学教育技能培训;</dd>
					<dd>（三）临床诊疗技能培训;</dd>
					<dd>（四）知识竞赛（或者试卷答题）。</dd>
				</dl>
				<dl>
					<dt> 二、培训时间及地点</dt>
					<dd>培训时间：2016年10 月 23-28日（23日报到，28日下午离会）；</dd>
					<dd>培训地点：西宁远东大酒店（青海省西宁市昆仑路186号，0971—8801188 ）。</dd>
				</dl>
				<dl>
					<dt> 三、培训对象及名额</dt>
					<dd>青海省各地（州、市）乡镇卫生院、社区卫生服务中心（站）、村卫生室、牧业医院等基层医疗卫生机构中取得执业医师资格或执业助理医师资格、或经注册在村卫生室从事预防、保健和一般医疗服务的乡村医生（含藏医），共110人（具体名额分配见附件2）。    </dd>
				</dl>
				<dl>
					<dt> 四、其他事项</dt>
					<dd>（一）本次培训由国家卫生计生委能力建设和继续教育中心主办，青海省医药卫生学会联合办公室协办；;</dd>
					<dd>（二）学员食宿费用由主办方承担，往返交通费自理。会议不安排接送站，请参会人员自行前往会议地点（见附件 1）;</dd>
					<dd>（三）请青海省各地市卫计委在 10 月 12日下午17:00前将报名回执（见附件2）传真或发送电子邮件至青海省医药卫生学会联合办公室。</dd>
				</dl>
				<dl>
					<dt> 五、联系人及联系方式</dt>
					<dd>（一）国家卫生计生委能力建设和继续教育中心</dd>
					<dd>联系人：陈琳  何文杰</dd>
					<dd>联系电话：(010)68945080, 13910428898  13585477709</dd>
					<dd>（二）青海省医药卫生学会联合办公室</dd>
					<dd>联系人：聂薇</dd>
					<dd>联系电话：0971-6253665  13897447597</dd>
					<dd>电子邮箱：xhibnw@126.com</dd>
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